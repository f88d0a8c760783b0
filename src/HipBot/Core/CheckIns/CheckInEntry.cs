using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>One thing a check-in says was done.</summary>
/// <param name="Exercise">Null means every exercise: "3x20 done".</param>
/// <param name="Sets">Null when only reps were given ("20 reps"), or for <paramref name="IsDone"/>.</param>
/// <param name="Reps">Reps per side; null when only sets were given ("3 sets"), or for <paramref name="IsDone"/>.</param>
/// <param name="IsDone">"Done" without numbers: the full prescription.</param>
public sealed record CheckInEntry(Exercise? Exercise, int? Sets, int? Reps, Side Side, bool IsDone)
{
    public static CheckInEntry Done(Exercise? exercise = null) => new(exercise, null, null, Side.Both, IsDone: true);

    public static CheckInEntry Counted(Exercise? exercise, int? sets, int? reps, Side side = Side.Both) =>
        new(exercise, sets, reps, side, IsDone: false);
}
