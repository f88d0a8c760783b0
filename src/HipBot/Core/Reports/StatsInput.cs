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
}
