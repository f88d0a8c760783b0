using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Streaks;

/// <summary>
/// The closed days an ordinary turn can still change. A check-in names a day at most <see cref="DayOffset.MaxDaysBack"/>
/// local days back (a moved session two, the roster's correction one), so such a turn reads those days whole and the years
/// before them as two numbers (<see cref="EarlierDays"/>): the same work for a runner of two years as of two weeks.
/// </summary>
public static class CorrectionWindow
{
    /// <summary>
    /// The look-back: the oldest day a check-in can name, and the training day work on it may move to
    /// (<see cref="MovedSessions.ReachDays"/>); a day more because a local date is at most one day behind the UTC date, and
    /// one to spare.
    /// </summary>
    public const int Days = DayOffset.MaxDaysBack + MovedSessions.ReachDays + 2;

    /// <summary>
    /// What every turn of the chat reads beyond today, so it is loaded up front rather than asked for each time: a weekly
    /// target's plans and progress count the sessions of its week.
    /// </summary>
    public static ContextNeeds EveryTurnReads(ChatState state) =>
        state.Settings.Schedule is WeeklyTarget ? ContextNeeds.CorrectionDays : ContextNeeds.OpenDays;

    /// <summary>
    /// The first date whose outcome the turn reads: <see cref="Days"/> before the UTC date at <paramref name="now"/>, which is
    /// before the earliest day a check-in can name in any zone. Null on a weekly target, whose streak a correction recounts
    /// in weeks from the first one: it reads every closed day.
    /// </summary>
    public static LocalDate? Start(ChatState state, Instant now) =>
        state.Settings.Schedule is WeeklyTarget ? null : now.InUtc().Date.PlusDays(-Days);
}
