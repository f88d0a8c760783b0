using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>
/// Everything logged for one local date, and whether the day was skipped. Read from storage, the entries are sums per
/// exercise and reps per set (what every rule reads: sets, reps, done in full); built by a check-in, they come in order.
/// </summary>
public sealed record DayLog(LocalDate Date)
{
    public IReadOnlyList<ExerciseLog> Entries { get; init; } = [];

    /// <summary>The user called it a rest day. Logging work afterwards clears it.</summary>
    public bool Skipped { get; init; }

    public static DayLog Empty(LocalDate date) => new(date);

    public bool IsEmpty => Entries.Count == 0 && !Skipped;

    public int SetsDone(Exercise exercise) => Entries.Where(e => e.Exercise == exercise).Sum(e => e.Sets);

    /// <summary>Reps per side across all sets, however they were split.</summary>
    public int RepsDone(Exercise exercise) => Entries.Where(e => e.Exercise == exercise).Sum(e => e.TotalRepsPerSide);

    public bool IsDone(Exercise exercise) => Entries.Any(e => e.Exercise == exercise && e.IsFull);

    public bool IsComplete => ExerciseCatalog.All.All(info => IsDone(info.Exercise));

    /// <summary>Something is logged but not all of it.</summary>
    public bool IsPartial => Entries.Count > 0 && !IsComplete;

    /// <summary>
    /// What is left of one prescription, shaped like the plan: "1 × 15 done of 3 × 20" leaves 45 reps, shown as 3 × 15,
    /// so doing exactly what is shown always finishes the exercise. Null when nothing is left.
    /// </summary>
    public Prescription? RemainingOf(Prescription prescription)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        if (IsDone(prescription.Exercise))
        {
            return null;
        }
        var left = prescription.TotalRepsPerSide - RepsDone(prescription.Exercise);
        if (left <= 0)
        {
            return null;
        }
        var sets = DivideRoundingUp(left, Math.Max(1, prescription.RepsPerSide));
        return prescription with { Sets = sets, RepsPerSide = DivideRoundingUp(left, sets) };
    }

    /// <summary>The unfinished part of the plan, in session order; empty when the day is done.</summary>
    public IReadOnlyList<Prescription> Remaining(DayPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Items.Select(RemainingOf).OfType<Prescription>()];
    }

    private static int DivideRoundingUp(int value, int divisor) => (value + divisor - 1) / divisor;
}
