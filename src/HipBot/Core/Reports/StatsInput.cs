using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Reports;

/// <param name="Outcomes">Closed training days by date (at least the last five weeks); days without an entry are rest days.</param>
/// <param name="TodayLogged">What is logged so far today, which is still open; it only colours today's cell.</param>
/// <param name="NextLevelProgress">E.g. "4 of 6 full sessions"; null at the top level.</param>
public sealed record StatsInput(
    LocalDate Today,
    StreakState Streak,
    IReadOnlyDictionary<LocalDate, DayOutcome> Outcomes,
    LoggedWork TodayLogged,
    IReadOnlyDictionary<Exercise, int> TotalReps,
    int Level,
    string? NextLevelProgress)
{
    /// <summary>Each day's story, when the caller knows more than the outcomes (extra sessions, open days, the sign-up day).</summary>
    public IReadOnlyDictionary<LocalDate, DayStory> Stories { get; init; } = new Dictionary<LocalDate, DayStory>();

    /// <summary>For a weekly target: the streak counts weeks, and adherence is weeks met. Null for fixed days.</summary>
    public WeeklyAdherence? Weekly { get; init; }
}

/// <param name="Times">Sessions a week the user aims for.</param>
/// <param name="ThisWeek">Sessions so far this week.</param>
/// <param name="WeeksMet">Of the last four closed weeks (not paused, not before the start), those met.</param>
/// <param name="WeeksCounted">Those four weeks, less any paused or before the start.</param>
public sealed record WeeklyAdherence(int Times, int ThisWeek, int WeeksMet, int WeeksCounted);
