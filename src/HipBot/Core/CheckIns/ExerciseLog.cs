using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>
/// One logged piece of work: sets of reps on each side. A day holds one of these per exercise per check-in, so
/// uneven check-ins (1 × 20, then 2 × 15) add up without losing anything.
/// </summary>
/// <param name="IsFull">The exercise's day total reached the prescription with this entry.</param>
public sealed record ExerciseLog(Exercise Exercise, int Sets, int RepsPerSide, bool IsFull)
{
    /// <summary>
    /// The side the count was reported for. Both, nearly always; for "2x20 left 3x20 right" the weaker side's count,
    /// which is what counts for both, so the record keeps what the user said and the rule that applied.
    /// </summary>
    public Side Side { get; init; } = Side.Both;

    public int TotalRepsPerSide => Sets * RepsPerSide;
}
