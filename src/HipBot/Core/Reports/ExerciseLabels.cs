using HipBot.Core.Training;


namespace HipBot.Core.Reports;

internal static class ExerciseLabels
{
    public static string Plural(Exercise exercise) => exercise switch
    {
        Exercise.Clamshell => "Clamshells",
        Exercise.SideLegRaise => "Side leg raises",
        Exercise.TravelingSideSquat => "Traveling side squats",
        _ => exercise.ToString(),
    };

    public static string Short(Exercise exercise) => exercise switch
    {
        Exercise.Clamshell => "clamshells",
        Exercise.SideLegRaise => "leg raises",
        Exercise.TravelingSideSquat => "side squats",
        _ => exercise.ToString(),
    };
}
