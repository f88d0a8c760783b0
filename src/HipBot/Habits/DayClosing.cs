using HipBot.Chats;
using HipBot.CheckIns;
using HipBot.Training;
using NodaTime;

namespace HipBot.Habits;

/// <summary>
/// Records the outcome of every day that has closed since the chat was last looked at, oldest first,
/// moving the streak and the run of misses along. Runs before anything else in a turn, so a pause
/// or a settings change applies only to days still open.
/// </summary>
public static class DayClosing
{
    /// <summary>A chat silent for longer than this gets its older days closed as they stand, with no logs looked up.</summary>
    private const int MaxDaysPerTurn = 400;

    public static Turn CloseDue(ChatState state, ChatContext context)
    {
        if (state.Habit.LastClosedDate is not { } last || state.Settings.Days is not { } days
            || LocalDay.Of(state, context.Now) is not { } day)
        {
            return new Turn(state, []);
        }
        var localNow = context.Now.InZone(day.Zone).LocalDateTime;
        var habit = state.Habit;
        var effects = new List<Effect>();
        for (var date = last.PlusDays(1); DayCloser.IsClosed(date, localNow) && effects.Count < MaxDaysPerTurn; date = date.PlusDays(1))
        {
            var outcome = DayCloser.Close(date, days.Includes(date), Logged(context.Logs.For(date)), habit.WasPausedOn(date));
            if (outcome is { } closed)
            {
                effects.Add(new SaveOutcome(date, closed));
                habit = habit with
                {
                    Streak = Streaks.Apply(habit.Streak, closed),
                    ConsecutiveMisses = closed == DayOutcome.Missed ? habit.ConsecutiveMisses + 1 : 0,
                };
            }
            habit = habit with { LastClosedDate = date };
        }
        return new Turn(state with { Habit = habit }, []) { Effects = effects };
    }

    /// <summary>
    /// A check-in for a day that already closed corrects that day (only ever for the better) and
    /// recounts the streak from the whole history. Null when nothing changes.
    /// </summary>
    public static (HabitRecord Habit, SaveOutcome Outcome)? Backfill(ChatState state, DayLog day, ChatContext context)
    {
        if (state.Habit.LastClosedDate is not { } closed || day.Date > closed
            || !context.Outcomes.TryGetValue(day.Date, out var existing))
        {
            return null;
        }
        var corrected = DayCloser.Backfill(existing, Logged(day));
        if (corrected == existing)
        {
            return null;
        }
        var history = context.Outcomes.Select(p => (p.Key, p.Key == day.Date ? corrected : p.Value)).OrderBy(p => p.Key).ToList();
        var streak = Streaks.FromHistory(history);
        var habit = state.Habit with
        {
            Streak = streak with { Best = Math.Max(streak.Best, state.Habit.Streak.Best) },
            ConsecutiveMisses = Streaks.TrailingMisses(history),
        };
        return (habit, new SaveOutcome(day.Date, corrected));
    }

    public static LoggedWork Logged(DayLog log) =>
        log.IsComplete ? LoggedWork.Full
        : log.Entries.Count > 0 ? LoggedWork.Partial
        : log.Skipped ? LoggedWork.Skipped
        : LoggedWork.Nothing;
}
