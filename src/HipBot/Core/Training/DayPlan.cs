namespace HipBot.Core.Training;

/// <summary>One day's session: the three prescriptions for a ladder level. Value equality, so plans compare by content.</summary>
public sealed record DayPlan(
    int Level,
    Prescription Clamshells,
    Prescription SideLegRaises,
    Prescription TravelingSideSquats)
{
    /// <summary>The prescriptions in session order.</summary>
    public IReadOnlyList<Prescription> Items => [Clamshells, SideLegRaises, TravelingSideSquats];

    public Prescription For(Exercise exercise) => exercise switch
    {
        Exercise.Clamshell => Clamshells,
        Exercise.SideLegRaise => SideLegRaises,
        Exercise.TravelingSideSquat => TravelingSideSquats,
        _ => throw new ArgumentOutOfRangeException(nameof(exercise), exercise, "Not one of HipBot's exercises."),
    };
}
