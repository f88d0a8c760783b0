using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Core.Reports;

/// <summary>What one day of a user's own calendar says. /stats' calendar and /history both show this, so they never disagree.</summary>
public enum DayStory
{
    Done,
    Partial,
    Skipped,
    Paused,
    Missed,
    Rest,

    /// <summary>Work on a day that is not a training day and did not move to one: a bonus, never counted against anything.</summary>
    Extra,

    /// <summary>Part of a session on such a day.</summary>
    ExtraPartial,

    /// <summary>A training day that has not closed yet and has nothing logged: there is still time, so it is neither rest nor missed.</summary>
    Open,

    /// <summary>Today, with nothing logged yet.</summary>
    Today,

    /// <summary>Before the user signed up: not part of their record.</summary>
    BeforeStart,
}

/// <summary>The one reading of a day, and its mark and words.</summary>
public static class DayStories
{
    /// <param name="outcome">The closed outcome, or the one a day still open will close with now that something is logged.</param>
    /// <param name="logged">What is logged for the day (its own date, after any move).</param>
    /// <param name="openTrainingDay">A training day, not closed yet, that will count when it closes.</param>
    /// <param name="joinedOn">The day the user signed up, when known.</param>
    public static DayStory Tell(LocalDate date, LocalDate today, DayOutcome? outcome, LoggedWork logged, bool openTrainingDay, LocalDate? joinedOn)
    {
        if (joinedOn is { } joined && date < joined)
        {
            return DayStory.BeforeStart;
        }
        if (outcome is { } closed)
        {
            return Of(closed);
        }
        return logged switch
        {
            LoggedWork.Full => DayStory.Extra,
            LoggedWork.Partial => DayStory.ExtraPartial,
            // A rest day marked as rest, before the plan came: rest all the same.
            LoggedWork.Skipped when date == today => DayStory.Skipped,
            _ when date == today => DayStory.Today,
            _ when openTrainingDay => DayStory.Open,
            _ => DayStory.Rest,
        };
    }

    public static DayStory Of(DayOutcome outcome) => outcome switch
    {
        DayOutcome.Done => DayStory.Done,
        DayOutcome.Partial => DayStory.Partial,
        DayOutcome.Skipped => DayStory.Skipped,
        DayOutcome.Paused => DayStory.Paused,
        _ => DayStory.Missed,
    };
}
