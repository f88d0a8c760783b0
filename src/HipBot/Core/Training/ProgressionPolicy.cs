using NodaTime;

namespace HipBot.Core.Training;

/// <summary>One session that counts toward a level-up: a training day whose plan went out, or work on any day.</summary>
public sealed record PlannedSession(LocalDate Date, bool Full);

/// <summary>When to offer a harder level and where to restart after a break. Offers only: the user always decides.</summary>
public static class ProgressionPolicy
{
    /// <summary>
    /// Full sessions among the last <see cref="PlannedSessionsJudged"/> planned ones: enough repeats at one level for it to
    /// feel easy, with room for one that went short. Counted in sessions, not calendar days, so a three-day week reaches it
    /// as surely as a daily one.
    /// </summary>
    public const int FullSessionsToLevelUp = 6;

    /// <summary>The planned sessions a level-up is judged on: the latest ones at the current level.</summary>
    public const int PlannedSessionsJudged = 7;

    /// <summary>After an offer (taken up, declined or ignored) wait a week: asking daily turns encouragement into nagging.</summary>
    public const int DaysBetweenOffers = 7;

    /// <summary>Two weeks off costs some strength; easing back one level avoids a sore, discouraging first session.</summary>
    public const int OneLevelDownAfterDays = 14;

    /// <summary>A month off: start two levels lower and climb back quickly.</summary>
    public const int TwoLevelsDownAfterDays = 28;

    /// <summary>
    /// True when at least <see cref="FullSessionsToLevelUp"/> of the last <see cref="PlannedSessionsJudged"/> sessions
    /// (up to today) were full, the user is not at the top, and was not offered in the last week.
    /// </summary>
    /// <param name="sessions">The planned sessions at the current level (and any extra ones), in any order; future ones are ignored.</param>
    public static bool ShouldOfferLevelUp(int level, IEnumerable<PlannedSession> sessions, LocalDate today, LocalDate? lastOfferDate)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        return MayOffer(level, today, lastOfferDate) && FullOfLatest(sessions, today).Full >= FullSessionsToLevelUp;
    }

    /// <summary>Whether an offer may come at all, whatever the sessions: not at the top, not within a week of the last one.</summary>
    public static bool MayOffer(int level, LocalDate today, LocalDate? lastOfferDate) =>
        !ProgramLadder.IsTop(level) && (lastOfferDate is not { } offered || offered.PlusDays(DaysBetweenOffers) <= today);

    /// <summary>How many of the latest planned sessions (at most <see cref="PlannedSessionsJudged"/>) were full, and how many there were.</summary>
    public static (int Full, int Judged) FullOfLatest(IEnumerable<PlannedSession> sessions, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var latest = sessions.Where(s => s.Date <= today).DistinctBy(s => s.Date).OrderByDescending(s => s.Date).Take(PlannedSessionsJudged).ToList();
        return (latest.Count(s => s.Full), latest.Count);
    }

    /// <summary>The level to suggest on return from a break; unchanged for a new user or a short gap, never below 1.</summary>
    public static int SuggestedRestartLevel(int level, LocalDate? lastCheckInDate, LocalDate today)
    {
        level = ProgramLadder.Clamp(level);
        if (lastCheckInDate is not { } last)
        {
            return level;
        }
        var daysAway = Period.Between(last, today, PeriodUnits.Days).Days;
        var stepsDown = daysAway >= TwoLevelsDownAfterDays ? 2
            : daysAway >= OneLevelDownAfterDays ? 1
            : 0;
        return ProgramLadder.Clamp(level - stepsDown);
    }
}
