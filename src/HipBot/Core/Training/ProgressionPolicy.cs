using NodaTime;

namespace HipBot.Core.Training;

/// <summary>When to offer a harder level and where to restart after a break. Offers only: the user always decides.</summary>
public static class ProgressionPolicy
{
    /// <summary>
    /// Three sessions a week for two weeks: enough repeats at one level for it to feel easy,
    /// and the post's "at least a few times a week" made concrete.
    /// </summary>
    public const int FullSessionsToLevelUp = 6;

    /// <summary>Two weeks, so the six sessions are recent and regular, not scattered over a month.</summary>
    public const int LevelUpWindowDays = 14;

    /// <summary>After an offer (taken up, declined or ignored) wait a week: asking daily turns encouragement into nagging.</summary>
    public const int DaysBetweenOffers = 7;

    /// <summary>Two weeks off costs some strength; easing back one level avoids a sore, discouraging first session.</summary>
    public const int OneLevelDownAfterDays = 14;

    /// <summary>A month off: start two levels lower and climb back quickly.</summary>
    public const int TwoLevelsDownAfterDays = 28;

    /// <summary>
    /// True when the user has done <see cref="FullSessionsToLevelUp"/> complete sessions within the last
    /// <see cref="LevelUpWindowDays"/> days (today included), is not at the top, and was not offered in the last week.
    /// </summary>
    /// <param name="recentFullSessionDates">Dates of complete sessions at the current level; duplicates and future dates are ignored.</param>
    public static bool ShouldOfferLevelUp(
        int level,
        IEnumerable<LocalDate> recentFullSessionDates,
        LocalDate today,
        LocalDate? lastOfferDate)
    {
        ArgumentNullException.ThrowIfNull(recentFullSessionDates);
        if (ProgramLadder.IsTop(level))
        {
            return false;
        }
        if (lastOfferDate is { } offered && offered.PlusDays(DaysBetweenOffers) > today)
        {
            return false;
        }
        var windowStart = today.PlusDays(1 - LevelUpWindowDays);
        var sessions = recentFullSessionDates
            .Where(d => d >= windowStart && d <= today)
            .Distinct()
            .Count();
        return sessions >= FullSessionsToLevelUp;
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
