namespace HipBot.Core.Chats;

/// <summary>
/// The parts of a chat's records a turn reads, beyond the days still open (which every turn needs to close them).
/// The shell loads only these, so the cost of a turn follows what it does, not how long the user has been around.
/// </summary>
[Flags]
public enum ContextNeeds
{
    /// <summary>
    /// Check-ins and plans since the last closed day, and of today and yesterday in every zone in any case (from two days
    /// before the UTC date), for closing days and today's progress. A turn that reads an earlier day asks for it
    /// (<see cref="MissingContext"/>): most turns are about today, whatever the user's history.
    /// </summary>
    OpenDays = 0,

    /// <summary>The last day anything was logged, however long ago: a restart offer after a long break.</summary>
    LastCheckInDate = 1,

    /// <summary>The latest check-in, for /undo.</summary>
    LatestCheckIn = 2,

    /// <summary>Every closed day's outcome: /undo's recount, /stats, /history, /export.</summary>
    History = 4,

    /// <summary>The level of every plan sent in the last weeks: the level changes on the /stats chart.</summary>
    PlanLevels = 8,

    /// <summary>Every check-in ever stored, row by row, with how and when it came in: /export.</summary>
    FullRecord = 16,

    /// <summary>
    /// The closed days a check-in can still correct (<see cref="Streaks.CorrectionWindow"/>) and what came before them in
    /// two numbers (<see cref="Streaks.EarlierDays"/>): the same for a user of two years as for one of two weeks. A weekly
    /// target gets every closed day (its streak is recounted in weeks). Asked for by the turn that reads them
    /// (<see cref="MissingContext"/>): a correction of a closed day, the sessions counted for the ladder's messages.
    /// </summary>
    RecentHistory = 32,

    /// <summary>
    /// Check-ins and plans of the last weeks: the level-up rule's sessions and the /stats calendar. A turn that reads
    /// these days without having asked for them stops with <see cref="MissingContext"/> and runs again with them.
    /// </summary>
    RecentWeeks = 64,

    /// <summary>
    /// Check-ins and plans of the days a check-in can name and work can move to (<see cref="Streaks.CorrectionWindow.Days"/>),
    /// and so this week in any zone: a backfill, a session moved from a rest day, a weekly target's week. Asked for by the
    /// turn that reads one of them (<see cref="MissingContext"/>), or up front where every turn does.
    /// </summary>
    CorrectionDays = 128,
}
