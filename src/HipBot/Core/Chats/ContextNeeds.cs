namespace HipBot.Core.Chats;

/// <summary>
/// The parts of a chat's records a turn reads, beyond the days still open (which every turn needs to close them).
/// The shell loads only these, so the cost of a turn follows what it does, not how long the user has been around.
/// </summary>
[Flags]
public enum ContextNeeds
{
    /// <summary>Check-ins and plans since the last closed day (or the last weeks), for closing days and today's progress.</summary>
    OpenDays = 0,

    /// <summary>The last day anything was logged, however long ago: a restart offer after a long break.</summary>
    LastCheckInDate = 1,

    /// <summary>The latest check-in, for /undo.</summary>
    LatestCheckIn = 2,

    /// <summary>Every closed day's outcome and the total reps: streak recounts, /stats, /history, progress.</summary>
    History = 4,

    /// <summary>The level of every plan sent in the last weeks: the level changes on the /stats chart.</summary>
    PlanLevels = 8,

    /// <summary>Every check-in ever stored, row by row, with how and when it came in: /export.</summary>
    FullRecord = 16,
}
