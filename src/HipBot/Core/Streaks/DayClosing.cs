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
        if (state.Settings.Schedule is WeeklyTarget weekly)
        {
            return CloseWeekly(state, context, weekly, last, localNow);
        }
        var habit = state.Habit;
        var effects = new List<Effect>();
        for (var date = last.PlusDays(1); DayCloser.IsClosed(date, localNow) && effects.Count < MaxDaysPerTurn; date = date.PlusDays(1))
        {
            var logged = Logged(context.Logs.For(date));
            var paused = habit.WasPausedOn(date);
            var counts = days.Includes(date) && (context.WasPlanned(date) || logged != LoggedWork.Nothing || paused);
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
    /// "N times a week, any days": every day with work closes as a session (done or partial) wherever it fell; a day without
    /// is neutral (paused, if a pause covered a preferred day). The streak and the run of misses move when a week closes,
    /// on Sunday: a week met extends the streak; one short of its target breaks it, unless a pause covered part of it or
    /// it is the week the user started in, and adds the sessions it lacked to the misses the ladder counts.
    /// </summary>
    private static Turn CloseWeekly(ChatState state, ChatContext context, WeeklyTarget weekly, LocalDate last, LocalDateTime localNow)
    {
        var habit = state.Habit;
        var effects = new List<Effect>();
        for (var date = last.PlusDays(1); DayCloser.IsClosed(date, localNow) && effects.Count < MaxDaysPerTurn; date = date.PlusDays(1))
        {
            var logged = Logged(context.Logs.For(date));
            var paused = habit.WasPausedOn(date);
            var outcome = logged != LoggedWork.Nothing || (paused && weekly.Preferred.Includes(date))
                ? DayCloser.Close(isTrainingDay: true, logged, paused)
                : null;
            if (outcome is { } closed)
            {
                effects.Add(new SaveOutcome(date, closed));
            }
            if (date.DayOfWeek == IsoDayOfWeek.Sunday)
            {
                var monday = TrainingSchedule.WeekOf(date);
                var sessions = WeeklyTarget.SessionsInWeek(context.Logs, date, date);
                var excused = Enumerable.Range(0, 7).Any(i => habit.WasPausedOn(monday.PlusDays(i))) || state.JoinedOn > monday;
                habit = WeekClosed(habit, weekly, sessions, excused);
            }
            habit = habit with { LastClosedDate = date };
        }
        return new Turn(state with { Habit = habit }, []) { Effects = effects };
    }

    private static HabitRecord WeekClosed(HabitRecord habit, WeeklyTarget weekly, int sessions, bool excused) =>
        sessions >= weekly.Times
            ? habit with { Streak = StreakRules.Apply(habit.Streak, DayOutcome.Done), ConsecutiveMisses = 0 }
            : excused
                ? habit
                : habit with { Streak = StreakRules.Apply(habit.Streak, DayOutcome.Missed), ConsecutiveMisses = habit.ConsecutiveMisses + weekly.Times - sessions };

    /// <summary>The streak in weeks met, recounted from every closed day's outcome (a correction to an old week).</summary>
    private static HabitRecord RecountWeeks(ChatState state, WeeklyTarget weekly, IReadOnlyDictionary<LocalDate, DayOutcome> outcomes, LocalDate lastClosed)
    {
        var habit = state.Habit with { Streak = StreakState.Empty, ConsecutiveMisses = 0 };
        var first = state.JoinedOn ?? (outcomes.Count == 0 ? lastClosed : outcomes.Keys.Min());
        for (var monday = TrainingSchedule.WeekOf(first); monday.PlusDays(6) <= lastClosed; monday = monday.PlusDays(7))
        {
            var week = Enumerable.Range(0, 7).Select(i => outcomes.TryGetValue(monday.PlusDays(i), out var o) ? o : (DayOutcome?)null).ToList();
            var sessions = week.Count(o => o is DayOutcome.Done or DayOutcome.Partial);
            var excused = week.Any(o => o == DayOutcome.Paused) || state.JoinedOn > monday;
            habit = WeekClosed(habit, weekly, sessions, excused);
        }
        return habit with { Streak = habit.Streak with { Best = Math.Max(habit.Streak.Best, state.Habit.Streak.Best) } };
    }

    /// <summary>
    /// A check-in for a day that already closed corrects that day (only ever for the better) and recounts the streak, from
    /// the whole history or, with only the recent days read (<see cref="ChatContext.Earlier"/>), from where the earlier days
    /// left it: the same record either way. Null when nothing changes.
    /// </summary>
    /// <remarks>
    /// Why the recent days are enough. The day corrected is in them (<see cref="CorrectionWindow"/>). A miss restarts the
    /// streak and nothing else does, so the current streak is the run since the last miss, and the earlier days add only
    /// their own run (<see cref="EarlierDays.Run"/>). The day corrected is no longer missed, so the run of misses at the end
    /// is all among the recent days. A run the earlier days hold whole is in the best streak kept already, since every
    /// closed day went through <see cref="StreakRules.Apply"/> and a correction never lowers the best. (Not so for days
    /// closed on a weekly target, whose streak counted weeks: back on fixed days, the whole history would count their
    /// sessions as a run of training days, and raise the best to a streak nobody was ever shown. The recent days do not.)
    /// </remarks>
    public static (HabitRecord Habit, SaveOutcome Outcome)? Backfill(ChatState state, DayLog day, ChatContext context) =>
        Correct(state, day, context, existing => DayCloser.Backfill(existing, Logged(day))) is { } backfill
            // A correction for the better never lowers the best streak already earned.
            ? (backfill.Habit with { Streak = backfill.Habit.Streak with { Best = Math.Max(backfill.Habit.Streak.Best, state.Habit.Streak.Best) } }, backfill.Outcome)
            : null;

    /// <summary>
    /// /undo of a check-in on a closed day: the day is closed again as it now stands, and the streak recounted from every
    /// closed day (<see cref="ContextNeeds.History"/>): the day may become a miss, in a run of misses of any length, and
    /// the best streak is counted afresh.
    /// </summary>
    public static (HabitRecord Habit, SaveOutcome Outcome)? Recount(ChatState state, DayLog day, ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Earlier is not null)
        {
            throw new InvalidOperationException("An undo recounts from every closed day: its turn reads ContextNeeds.History.");
        }
        return Correct(state, day, context, existing =>
            DayCloser.Close(isTrainingDay: true, Logged(day), state.Habit.WasPausedOn(day.Date)) ?? existing);
    }

    private static (HabitRecord Habit, SaveOutcome Outcome)? Correct(ChatState state, DayLog day, ChatContext context, Func<DayOutcome, DayOutcome> correct)
    {
        var date = day.Date;
        if (state.Settings.Schedule is WeeklyTarget weekly && state.Habit.LastClosedDate is { } lastClosed && date <= lastClosed)
        {
            if (context.Earlier is not null)
            {
                throw new InvalidOperationException("A weekly target recounts its weeks from the first: its turn reads every closed day.");
            }
            // Any day's work is a session in weekly mode, so a closed day without an outcome can still gain one.
            var had = context.Outcomes.TryGetValue(date, out var before) ? before : (DayOutcome?)null;
            var logged = Logged(day);
            var fixedUp = had is { } was ? correct(was)
                : logged is LoggedWork.Full or LoggedWork.Partial ? DayCloser.Close(isTrainingDay: true, logged, wasPaused: false)
                : null;
            if (fixedUp is not { } weeklyOutcome || fixedUp == had)
            {
                return null;
            }
            var recounted = new Dictionary<LocalDate, DayOutcome>(context.Outcomes) { [date] = weeklyOutcome };
            return (RecountWeeks(state, weekly, recounted, lastClosed), new SaveOutcome(date, weeklyOutcome));
        }
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
        var earlier = context.Earlier is { Run: var run } ? new StreakState(run, run) : null;
        var habit = state.Habit with
        {
            Streak = StreakRules.FromHistory(history, earlier),
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
        // A weekly target is judged when its week closes; no single day is a miss.
        if (state.Habit.LastClosedDate is not { } closed || state.Settings.Schedule is not FixedDays { Days: var days })
        {
            return misses;
        }
        for (var day = closed.PlusDays(1); day < date; day = day.PlusDays(1))
        {
            var logged = Logged(context.Logs.For(day));
            if (days.Includes(day) && (context.WasPlanned(day) || logged != LoggedWork.Nothing || state.Habit.WasPausedOn(day)))
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
