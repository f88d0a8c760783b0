using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>
/// One logged piece of work: sets of reps on each side. A day holds one of these per exercise per check-in, so
/// uneven check-ins (1 × 20, then 2 × 15) add up without losing anything.
/// </summary>
/// <param name="IsFull">The exercise's day total reached the prescription with this entry.</param>
public sealed record ExerciseLog(Exercise Exercise, int Sets, int RepsPerSide, bool IsFull)
{
    public int TotalRepsPerSide => Sets * RepsPerSide;
}
