using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Plans;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Streaks;

public class DayClosingTests
{
    private static IEnumerable<(LocalDate Date, DayOutcome Outcome)> Saved(Turn turn) =>
        turn.Effects.Cast<SaveOutcome>().Select(s => (s.Date, s.Outcome));

    private static ChatState WithHabit(ChatState state, Func<HabitRecord, HabitRecord> change) =>
        state with { Habit = change(state.Habit) };

    [Fact]
    public void Yesterday_stays_open_until_noon_today()
    {
        var turn = DayClosing.CloseDue(Runner(lastClosed: Today.PlusDays(-2)), Context(TodayAt(11, 59)));

        Assert.Empty(turn.Effects);
        Assert.Equal(Today.PlusDays(-2), turn.State.Habit.LastClosedDate);
    }

    [Fact]
    public void At_noon_an_empty_training_day_closes_as_missed_and_resets_the_streak()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-2)), h => h with { Streak = new StreakState(4, 6) });

        var turn = DayClosing.CloseDue(state, Context(TodayAt(12)));

        Assert.Equal([(Yesterday, DayOutcome.Missed)], Saved(turn));
        Assert.Equal(new StreakState(0, 6), turn.State.Habit.Streak);
        Assert.Equal(1, turn.State.Habit.ConsecutiveMisses);
        Assert.Equal(Yesterday, turn.State.Habit.LastClosedDate);
    }

    [Fact]
    public void Several_days_close_oldest_first_each_as_it_was_lived()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-5)), h => h with { Streak = new StreakState(1, 1) });
        var context = Context(TodayAt(13), Full(Today.PlusDays(-4)), Partial(Today.PlusDays(-3)), RestMarked(Today.PlusDays(-2)));

        var turn = DayClosing.CloseDue(state, context);

        Assert.Equal(
            [
                (Today.PlusDays(-4), DayOutcome.Done),
                (Today.PlusDays(-3), DayOutcome.Partial),
                (Today.PlusDays(-2), DayOutcome.Skipped),
                (Yesterday, DayOutcome.Missed),
            ],
            Saved(turn));
        Assert.Equal(new StreakState(0, 3), turn.State.Habit.Streak);
        Assert.Equal(1, turn.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void A_skip_freezes_the_streak_and_ends_a_run_of_misses()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-2)), h => h with { Streak = new StreakState(3, 3), ConsecutiveMisses = 0 });

        var turn = DayClosing.CloseDue(state, Context(TodayAt(13), RestMarked(Yesterday)));

        Assert.Equal(new StreakState(3, 3), turn.State.Habit.Streak);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void Rest_days_get_no_outcome_and_neither_help_nor_hurt()
    {
        // Mon/Wed/Fri: from Thu 19 to Tue 24 Nov the training days are Fri 20 and Mon 23.
        var state = WithHabit(Runner(lastClosed: new LocalDate(2026, 11, 18), days: TrainingDays.MonWedFri), h => h with { Streak = new StreakState(2, 2) });
        var context = Context(TodayAt(13), Full(new LocalDate(2026, 11, 20)), Full(new LocalDate(2026, 11, 23)), Full(new LocalDate(2026, 11, 21)));

        var turn = DayClosing.CloseDue(state, context);

        Assert.Equal([(new LocalDate(2026, 11, 20), DayOutcome.Done), (new LocalDate(2026, 11, 23), DayOutcome.Done)], Saved(turn));
        Assert.Equal(new StreakState(4, 4), turn.State.Habit.Streak);
        Assert.Equal(Yesterday, turn.State.Habit.LastClosedDate);
    }

    [Fact]
    public void With_one_training_day_a_week_only_those_days_count_and_two_missed_mondays_are_two_misses()
    {
        var state = Runner(lastClosed: new LocalDate(2026, 11, 8), days: TrainingDays.Monday);
        var context = Context(TodayAt(13), Full(new LocalDate(2026, 11, 9)), Full(new LocalDate(2026, 11, 17)));

        var turn = DayClosing.CloseDue(state, context);

        Assert.Equal(
            [(new LocalDate(2026, 11, 9), DayOutcome.Done), (new LocalDate(2026, 11, 16), DayOutcome.Missed), (new LocalDate(2026, 11, 23), DayOutcome.Missed)],
            Saved(turn));
        Assert.Equal(2, turn.State.Habit.ConsecutiveMisses);
        Assert.Equal(new StreakState(0, 1), turn.State.Habit.Streak);
    }

    [Fact]
    public void Empty_days_inside_a_pause_close_as_paused_and_keep_the_streak()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-4)), h => h with
        {
            Streak = new StreakState(5, 5),
            ConsecutiveMisses = 1,
            PausedFrom = Today.PlusDays(-3),
            PausedUntil = Today.PlusDays(4),
        });

        var turn = DayClosing.CloseDue(state, Context(TodayAt(13)));

        Assert.All(Saved(turn), s => Assert.Equal(DayOutcome.Paused, s.Outcome));
        Assert.Equal(3, Saved(turn).Count());
        Assert.Equal(new StreakState(5, 5), turn.State.Habit.Streak);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void A_pause_that_starts_in_the_evening_keeps_the_work_logged_that_morning()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-3)), h => h with
        {
            Streak = new StreakState(2, 2),
            PausedFrom = Today.PlusDays(-2),
            PausedUntil = Today.PlusDays(5),
        });
        var context = Context(TodayAt(13), Full(Today.PlusDays(-2)));

        var turn = DayClosing.CloseDue(state, context);

        Assert.Equal([(Today.PlusDays(-2), DayOutcome.Done), (Yesterday, DayOutcome.Paused)], Saved(turn));
        Assert.Equal(new StreakState(3, 3), turn.State.Habit.Streak);
    }

    [Fact]
    public void The_first_day_back_after_a_pause_counts_again()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-3)), h => h with
        {
            PausedFrom = Today.PlusDays(-9),
            PausedUntil = Yesterday,
        });

        var turn = DayClosing.CloseDue(state, Context(TodayAt(13)));

        Assert.Equal([(Today.PlusDays(-2), DayOutcome.Paused), (Yesterday, DayOutcome.Missed)], Saved(turn));
    }

    [Fact]
    public void Days_close_at_noon_in_the_users_own_zone()
    {
        var tokyo = Runner(lastClosed: Today.PlusDays(-2)) with { Settings = BerlinSettings() with { TimeZone = "Asia/Tokyo" } };
        var noonInTokyo = (Today + new LocalTime(12, 0)).InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Tokyo"]).ToInstant();

        var before = DayClosing.CloseDue(tokyo, Context(noonInTokyo - Duration.FromMinutes(1)));
        var after = DayClosing.CloseDue(tokyo, Context(noonInTokyo));

        Assert.Empty(before.Effects);
        Assert.Equal([(Yesterday, DayOutcome.Missed)], Saved(after));
        // It is four in the morning in Berlin: a Berlin runner's yesterday is still open.
        Assert.Empty(DayClosing.CloseDue(Runner(lastClosed: Today.PlusDays(-2)), Context(noonInTokyo)).Effects);
    }

    [Fact]
    public void Nothing_closes_before_setup_is_finished()
    {
        var onboarding = ChatState.New(Chat, "Ana");

        var turn = DayClosing.CloseDue(onboarding, Context(TodayAt(13)));

        Assert.Empty(turn.Effects);
        Assert.Equal(onboarding, turn.State);
    }

    [Fact]
    public void Done_yesterday_after_it_closed_as_missed_turns_it_done_and_recounts_the_streak()
    {
        var state = WithHabit(Runner(lastClosed: Today.PlusDays(-2)), h => h with { Streak = new StreakState(2, 2) });
        var context = Context(TodayAt(13)) with
        {
            Outcomes = Outcomes((Today.PlusDays(-3), DayOutcome.Done), (Today.PlusDays(-2), DayOutcome.Done)),
        };

        var turn = PrivateChat.Handle(state, Text("done yesterday"), context);

        Assert.Collection(turn.Effects,
            e => Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Missed), e),
            e => Assert.Equal(Yesterday, Assert.IsType<SaveCheckIn>(e).Date),
            e => Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Done), e));
        Assert.Equal(new StreakState(3, 3), turn.State.Habit.Streak);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
        Assert.Contains("That's all of yesterday done", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void A_late_skip_turns_a_miss_into_a_skip_so_the_run_of_misses_ends()
    {
        var state = WithHabit(Runner(lastClosed: Yesterday), h => h with { ConsecutiveMisses = 2, Streak = new StreakState(0, 4) });
        var context = Context(TodayAt(13)) with
        {
            Outcomes = Outcomes((Today.PlusDays(-3), DayOutcome.Done), (Today.PlusDays(-2), DayOutcome.Missed), (Yesterday, DayOutcome.Missed)),
        };

        var turn = PrivateChat.Handle(state, Text("skip yesterday"), context);

        Assert.Contains(new SaveOutcome(Yesterday, DayOutcome.Skipped), turn.Effects);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
        Assert.Equal(new StreakState(0, 4), turn.State.Habit.Streak);
    }

    [Fact]
    public void A_late_log_never_lowers_a_closed_day()
    {
        var state = Runner(lastClosed: Yesterday);
        var context = Context(TodayAt(13), Partial(Yesterday)) with { Outcomes = Outcomes((Yesterday, DayOutcome.Partial)) };

        var turn = PrivateChat.Handle(state, Text("skip yesterday"), context);

        Assert.DoesNotContain(turn.Effects, e => e is SaveOutcome);
    }

    [Fact]
    public void Work_logged_late_for_a_rest_day_gives_it_no_outcome()
    {
        // Tue 24 Nov is a rest day on Mon/Wed/Fri, and Monday's session is done: nothing for the work to move to.
        var state = Runner(lastClosed: Yesterday, days: TrainingDays.MonWedFri);

        var turn = PrivateChat.Handle(state, Text("done yesterday"), Context(TodayAt(13), Full(Today.PlusDays(-2))));

        var save = Assert.Single(turn.Effects);
        Assert.Equal(Yesterday, Assert.IsType<SaveCheckIn>(save).Date);
    }

    [Fact]
    public void Undoing_a_late_done_yesterday_puts_the_day_and_the_streak_back()
    {
        // After "done yesterday" at 13:00 turned yesterday's miss into Done and the streak from 0 to 3.
        var backfilled = WithHabit(Runner(lastClosed: Yesterday), h => h with { Streak = new StreakState(3, 3), ConsecutiveMisses = 0 });
        var context = Context(TodayAt(13, 5), Full(Yesterday)) with
        {
            Outcomes = Outcomes((Today.PlusDays(-3), DayOutcome.Done), (Today.PlusDays(-2), DayOutcome.Done), (Yesterday, DayOutcome.Done)),
            Latest = new LatestCheckIn(Batch: 5, Removed: Full(Yesterday), DayWithout: DayLog.Empty(Yesterday)),
        };

        // Yesterday has closed, so /undo asks first (issue 8); the confirmation recounts.
        Assert.Empty(PrivateChat.Handle(backfilled, Command("undo"), context).Effects);
        var turn = PrivateChat.Handle(backfilled, Press(CallbackData.Encode(new ConfirmUndo(5))), context);

        Assert.Contains(new SaveOutcome(Yesterday, DayOutcome.Missed), turn.Effects);
        Assert.Equal(0, turn.State.Habit.Streak.Current);
        Assert.Equal(1, turn.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void A_session_done_on_the_day_of_setup_counts_toward_the_streak()
    {
        var setUp = PrivateChat.Handle(ChatState.New(Chat, "Ana"), Command("start"), Context(TodayAt(6))).State;
        foreach (var answer in new[] { "tz:Europe/Berlin", "time:07:00", $"days:{(int)TrainingDays.EveryDay}", "band:no", "confirm:yes" })
        {
            setUp = PrivateChat.Handle(setUp, Press(answer), Context(TodayAt(6))).State;
        }
        Assert.Equal(TodayAt(7), setUp.NextPlanAt);
        var planned = DailyPlanner.Run(setUp, Context(TodayAt(7)));
        Assert.Equal(Today, planned.PlanDate);
        var done = PrivateChat.Handle(planned.State, Text("done"), Context(TodayAt(8)));

        var nextDay = PrivateChat.Handle(done.State, Command("help"), Context(At(Today.PlusDays(1), 13), Full(Today)));

        Assert.Contains(new SaveOutcome(Today, DayOutcome.Done), nextDay.Effects);
        Assert.Equal(1, nextDay.State.Habit.Streak.Current);
    }
}
