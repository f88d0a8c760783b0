using HipBot.Core.Training;


namespace HipBot.Core.CheckIns;

/// <summary>What a check-in changed: the entries to save, the day as it now stands, and what could not be counted.</summary>
/// <param name="Day">The day's log after this check-in: earlier entries plus <see cref="Added"/>, and the skip flag.</param>
public sealed record RecordedCheckIn(DayLog Day)
{
    /// <summary>The new entries, in the order to save them. Empty when nothing new was done.</summary>
    public IReadOnlyList<ExerciseLog> Added { get; init; } = [];

    /// <summary>Exercises the check-in called done that were already finished.</summary>
    public IReadOnlyList<Exercise> AlreadyDone { get; init; } = [];

    /// <summary>Exercises logged for one side only; not counted until both sides come in together.</summary>
    public IReadOnlyList<Exercise> OneSided { get; init; } = [];

    /// <summary>This check-in marked the day as a rest day.</summary>
    public bool SkipMarked { get; init; }

    /// <summary>False for check-ins that carry nothing to save: ambiguous, unrelated, "later".</summary>
    public bool IsRecordable { get; init; } = true;
}
