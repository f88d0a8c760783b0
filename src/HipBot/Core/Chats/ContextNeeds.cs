namespace HipBot.Core.Chats;

/// <summary>
/// The parts of a chat's records a turn reads, beyond the days still open (which every turn needs to close them).
/// The shell loads only these, so the cost of a turn follows what it does, not how long the user has been around.
/// </summary>
[Flags]
public enum ContextNeeds
{
    /// <summary>
    /// Check-ins and plans since the last closed day, and of the last days in any case (<see cref="Streaks.CorrectionWindow.Days"/>:
    /// the days a check-in can name, and this week in any zone), for closing days, today's progress and the week's.
    /// </summary>
    OpenDays = 0,

    /// <summary>The last day anything was logged, however long ago: a restart offer after a long break.</summary>
    LastCheckInDate = 1,

    /// <summary>The latest check-in, for /undo.</summary>
    LatestCheckIn = 2,

    /// <summary>Every closed day's outcome and the total reps: /undo's recount, /stats, /history, /export.</summary>
    History = 4,

    /// <summary>The level of every plan sent in the last weeks: the level changes on the /stats chart.</summary>
    PlanLevels = 8,

    /// <summary>Every check-in ever stored, row by row, with how and when it came in: /export.</summary>
    FullRecord = 16,

    /// <summary>
    /// The closed days a check-in can still correct (<see cref="Streaks.CorrectionWindow"/>), what came before them in two
    /// numbers (<see cref="Streaks.EarlierDays"/>), and the total reps: what an ordinary text or button turn reads, the
    /// same for a user of two years as for one of two weeks. A weekly target gets every closed day (its streak is recounted
    /// in weeks).
    /// </summary>
    RecentHistory = 32,

    /// <summary>
    /// Check-ins and plans of the last weeks: the level-up rule's sessions and the /stats calendar. A turn that reads
    /// these days without having asked for them stops with <see cref="MissingContext"/> and runs again with them.
    /// </summary>
    RecentWeeks = 64,
}
