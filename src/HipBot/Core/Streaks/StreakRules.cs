using NodaTime;

namespace HipBot.Core.Streaks;

public static class StreakRules
{
    /// <summary>
    /// Done and Partial extend; Skipped and Paused freeze, so saying "not today" or taking a break
    /// never costs the streak; only silence (Missed) resets it. Best survives everything.
    /// </summary>
    public static StreakState Apply(StreakState state, DayOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(state);
        switch (outcome)
        {
            case DayOutcome.Done:
            case DayOutcome.Partial:
                var current = state.Current + 1;
                return new StreakState(current, Math.Max(state.Best, current));
            case DayOutcome.Missed:
                return state with { Current = 0 };
            default:
                return state;
        }
    }

    /// <summary>
    /// Rebuilds the streak from scratch, e.g. after a backfill corrected an old day. Order of the input
    /// does not matter; if a date appears twice the later entry wins, so a correction can simply be appended.
    /// Dates without an entry are ignored: that is why a rest day, a changed schedule or a time-zone
    /// jump that skips a local date can never break a streak.
    /// </summary>
    /// <param name="history">The outcomes to count.</param>
    /// <param name="start">The streak as it stood before the first of them; from nothing when null.</param>
    public static StreakState FromHistory(IEnumerable<(LocalDate Date, DayOutcome Outcome)> history, StreakState? start = null) =>
        Settle(history).Aggregate(start ?? StreakState.Empty, (state, day) => Apply(state, day.Outcome));

    /// <summary>
    /// Missed training days in a row at the end of the history: the count the re-engagement ladder climbs on.
    /// Any other outcome ends the run, since a skip, a pause or any work means the user is still with us.
    /// </summary>
    public static int TrailingMisses(IEnumerable<(LocalDate Date, DayOutcome Outcome)> history)
    {
        var days = Settle(history);
        var count = 0;
        for (var i = days.Count - 1; i >= 0 && days[i].Outcome == DayOutcome.Missed; i--)
        {
            count++;
        }
        return count;
    }

    private static List<(LocalDate Date, DayOutcome Outcome)> Settle(IEnumerable<(LocalDate Date, DayOutcome Outcome)> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var byDate = new Dictionary<LocalDate, DayOutcome>();
        foreach (var (date, outcome) in history)
        {
            byDate[date] = outcome;
        }
        return byDate.OrderBy(d => d.Key).Select(d => (d.Key, d.Value)).ToList();
    }
}
