using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Streaks;

/// <summary>
/// Records the outcome of every day that has closed since the chat was last looked at, oldest first,
/// moving the streak and the run of misses along. Runs before anything else in a turn, so a pause
/// or a settings change applies only to days still open.
/// </summary>
public static class DayClosing
{
    /// <summary>At most this many outcomes are recorded in one turn; a chat silent for longer catches up over later turns.</summary>
    private const int MaxDaysPerTurn = 400;

    public static Turn CloseDue(ChatState state, ChatContext context)
    {
        if (state.Habit.LastClosedDate is not { } last || state.Settings.Days is not { } days
            || context.For(state).Day is not { } day)
        {
            return new Turn(state, []);
        }
        var localNow = context.Now.InZone(day.Zone).LocalDateTime;
        var habit = state.Habit;
        var effects = new List<Effect>();
        for (var date = last.PlusDays(1); DayCloser.IsClosed(date, localNow) && effects.Count < MaxDaysPerTurn; date = date.PlusDays(1))
        {
            var logged = Logged(context.Logs.For(date));
            var paused = habit.WasPausedOn(date);
            var counts = days.Includes(date) && (context.PlannedDates.Contains(date) || logged != LoggedWork.Nothing || paused);
            var outcome = DayCloser.Close(counts, logged, paused);
            if (outcome is { } closed)
            {
                effects.Add(new SaveOutcome(date, closed));
                habit = habit with
                {
                    Streak = StreakRules.Apply(habit.Streak, closed),
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
    public static (HabitRecord Habit, SaveOutcome Outcome)? Backfill(ChatState state, DayLog day, ChatContext context) =>
        Correct(state, day.Date, context, existing => DayCloser.Backfill(existing, Logged(day))) is { } backfill
            // A correction for the better never lowers the best streak already earned.
            ? (backfill.Habit with { Streak = backfill.Habit.Streak with { Best = Math.Max(backfill.Habit.Streak.Best, state.Habit.Streak.Best) } }, backfill.Outcome)
            : null;

    /// <summary>/undo of a check-in on a closed day: the day is closed again as it now stands, and the streak recounted.</summary>
    public static (HabitRecord Habit, SaveOutcome Outcome)? Recount(ChatState state, DayLog day, ChatContext context) =>
        Correct(state, day.Date, context, existing =>
            DayCloser.Close(isTrainingDay: true, Logged(day), state.Habit.WasPausedOn(day.Date)) ?? existing);

    private static (HabitRecord Habit, SaveOutcome Outcome)? Correct(ChatState state, LocalDate date, ChatContext context, Func<DayOutcome, DayOutcome> correct)
    {
        if (state.Habit.LastClosedDate is not { } closed || date > closed || !context.Outcomes.TryGetValue(date, out var existing))
        {
            return null;
        }
        var corrected = correct(existing);
        if (corrected == existing)
        {
            return null;
        }
        var history = context.Outcomes.Select(p => (p.Key, p.Key == date ? corrected : p.Value)).OrderBy(p => p.Key).ToList();
        var habit = state.Habit with
        {
            Streak = StreakRules.FromHistory(history),
            ConsecutiveMisses = StreakRules.TrailingMisses(history),
        };
        return (habit, new SaveOutcome(date, corrected));
    }

    /// <summary>
    /// The run of misses as the ladder sees it on <paramref name="date"/>: closed misses, plus training days
    /// since then that are still open (yesterday before noon) with nothing logged. Work, a skip or a pause
    /// on an open day ends the run, just as it will when that day closes.
    /// </summary>
    public static int MissesBefore(ChatState state, ChatContext context, LocalDate date)
    {
        var misses = state.Habit.ConsecutiveMisses;
        if (state.Habit.LastClosedDate is not { } closed || state.Settings.Days is not { } days)
        {
            return misses;
        }
        for (var day = closed.PlusDays(1); day < date; day = day.PlusDays(1))
        {
            var logged = Logged(context.Logs.For(day));
            if (days.Includes(day) && (context.PlannedDates.Contains(day) || logged != LoggedWork.Nothing || state.Habit.WasPausedOn(day)))
            {
                misses = logged == LoggedWork.Nothing && !state.Habit.WasPausedOn(day) ? misses + 1 : 0;
            }
        }
        return misses;
    }

    public static LoggedWork Logged(DayLog log) =>
        log.IsComplete ? LoggedWork.Full
        : log.Entries.Count > 0 ? LoggedWork.Partial
        : log.Skipped ? LoggedWork.Skipped
        : LoggedWork.Nothing;
}
