using NodaTime;

namespace HipBot.Core.Streaks;

/// <summary>
/// The closed days before <paramref name="Before"/>, as the two numbers a turn that reads only the days it can still
/// correct needs from them (<see cref="Chats.ContextNeeds.RecentHistory"/>).
/// </summary>
/// <param name="Before">The first date whose outcome the turn reads.</param>
/// <param name="Run">
/// Done or partial days since the last missed day before <paramref name="Before"/> (since the first, when none was
/// missed): the streak as it stood then, since a miss restarts it and nothing else does.
/// </param>
/// <param name="Sessions">Done or partial days before <paramref name="Before"/>: with the days read, every session of all time.</param>
public sealed record EarlierDays(LocalDate Before, int Run, int Sessions)
{
    /// <summary>The same numbers, counted from the outcomes themselves: what the shell's query answers without reading them.</summary>
    public static EarlierDays Of(IReadOnlyDictionary<LocalDate, DayOutcome> outcomes, LocalDate before)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var earlier = outcomes.Where(o => o.Key < before).OrderBy(o => o.Key).Select(o => o.Value).ToList();
        var sessions = earlier.Count(IsSession);
        var lastMiss = earlier.LastIndexOf(DayOutcome.Missed);
        return new EarlierDays(before, earlier.Skip(lastMiss + 1).Count(IsSession), sessions);
    }

    /// <summary>
    /// The run of <see cref="EarlierDays"/> carried over the closed days that follow it, in date order: the shell keeps the
    /// run of a recent date and folds on only the days since, so a long streak is not walked again on every turn.
    /// </summary>
    /// <param name="run">The run as it stood before the first of <paramref name="days"/>.</param>
    /// <param name="days">The outcomes after it, oldest first; days with none (rest days) change nothing, so they have no place here.</param>
    public static int Advance(int run, IEnumerable<DayOutcome> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        // The run is the streak's current count, so the streak's own rule carries it (its best plays no part).
        return days.Aggregate(new StreakState(run, run), StreakRules.Apply).Current;
    }

    private static bool IsSession(DayOutcome outcome) => outcome is DayOutcome.Done or DayOutcome.Partial;
}
