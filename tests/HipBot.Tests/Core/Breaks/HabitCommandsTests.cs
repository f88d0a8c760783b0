using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Breaks;

public class HabitCommandsTests
{
    private static Turn Handle(ChatState state, Input input, ChatContext context) => PrivateChat.Handle(state, input, context);

    private static (ChatState State, Turn Last) Drive(ChatState state, ChatContext context, params Input[] inputs)
    {
        Turn turn = new(state, []);
        foreach (var input in inputs)
        {
            turn = PrivateChat.Handle(turn.State, input, context);
        }
        return (turn.State, turn);
    }

    private static ChatState PausedWeek(LocalDate from) => Runner() with
    {
        Status = ChatStatus.Paused,
        Habit = Runner().Habit with { PausedFrom = from, PausedUntil = from.PlusDays(7) },
    };

    // ── /pause ──────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void Pause_without_a_length_asks_for_how_long_with_three_buttons()
    {
        var turn = Handle(Runner(), Command("pause"), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Active, turn.State.Status);
        Assert.Equal(Question.PauseLength, turn.State.Conversation.Asking);
        Assert.Equal(["pause:7", "pause:14", "pause:28"], ButtonData(turn.Out));
    }

    [Fact]
    public void A_typed_length_after_pause_starts_the_break_and_says_the_last_day_of_it()
    {
        var (state, last) = Drive(Runner(), Context(TodayAt(9)), Command("pause"), Text("10 days"));

        Assert.Equal(ChatStatus.Paused, state.Status);
        Assert.Equal(Today, state.Habit.PausedFrom);
        Assert.Equal(Today.PlusDays(10), state.Habit.PausedUntil);
        Assert.Equal(Question.None, state.Conversation.Asking);
        Assert.Equal("⏸ Paused through Friday 4 December. Your streak is frozen, not lost. I'll pick up after that; /resume brings me back sooner.", LastText(last.Out));
    }

    [Fact]
    public void An_unreadable_typed_length_is_asked_again_and_changes_nothing()
    {
        var (state, last) = Drive(Runner(), Context(TodayAt(9)), Command("pause"), Text("a while maybe"));

        Assert.Equal(ChatStatus.Active, state.Status);
        Assert.Equal(Question.PauseLength, state.Conversation.Asking);
        Assert.Equal("Try \"7 days\", \"2 weeks\" or \"until 3 Dec\", or /cancel.", LastText(last.Out));
    }

    [Fact]
    public void Cancel_after_pause_leaves_the_plans_coming()
    {
        var (state, last) = Drive(Runner(), Context(TodayAt(9)), Command("pause"), Command("cancel"));

        Assert.Equal(ChatStatus.Active, state.Status);
        Assert.Equal(Question.None, state.Conversation.Asking);
        Assert.Equal("Okay, no pause.", LastText(last.Out));
    }

    [Fact]
    public void Pause_with_a_length_in_the_command_pauses_at_once()
    {
        var turn = Handle(Runner(), Command("pause", "2 weeks"), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Paused, turn.State.Status);
        Assert.Equal(Today.PlusDays(14), turn.State.Habit.PausedUntil);
    }

    [Theory]
    [InlineData("forever")]
    [InlineData("a while")]
    public void Pause_with_an_unreadable_length_explains_and_keeps_the_plans_coming(string arguments)
    {
        var turn = Handle(Runner(), Command("pause", arguments), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Active, turn.State.Status);
        Assert.StartsWith("I couldn't read that.", LastText(turn.Out), StringComparison.Ordinal);
        Assert.Contains("up to 90 days", LastText(turn.Out), StringComparison.Ordinal);
    }

    // Today is Wednesday 25 November 2026.
    [Theory]
    [InlineData("-5 days")]
    [InlineData("-2 weeks")]
    [InlineData("0 days")]
    [InlineData("0 weeks")]
    [InlineData("today")]
    [InlineData("until yesterday")]
    [InlineData("until 20 nov")]
    [InlineData("until 24.11.2026")]
    [InlineData("until 1/1/2020")]
    public void Pause_that_would_end_before_it_starts_says_so_and_changes_nothing(string arguments)
    {
        var runner = Runner();

        var turn = Handle(runner, Command("pause", arguments), Context(TodayAt(9)));

        Assert.Equal(runner.Status, turn.State.Status);
        Assert.Equal((runner.Habit.PausedFrom, runner.Habit.PausedUntil), (turn.State.Habit.PausedFrom, turn.State.Habit.PausedUntil));
        Assert.Equal(runner.NextPlanAt, turn.State.NextPlanAt);
        Assert.Equal(
            "A pause runs forward from today, so it needs at least one day ahead. Nothing is paused. Try \"/pause 5 days\" or \"/pause until 3 Dec\".",
            LastText(turn.Out));
    }

    [Theory]
    [InlineData("200 days")]
    [InlineData("13 weeks")]
    [InlineData("99999 days")]
    [InlineData("5000 weeks")]
    [InlineData("until 1 mar")]
    [InlineData("until 25.12.2030")]
    public void Pause_longer_than_ninety_days_says_the_limit_offers_stop_and_changes_nothing(string arguments)
    {
        var runner = Runner();

        var turn = Handle(runner, Command("pause", arguments), Context(TodayAt(9)));

        Assert.Equal(runner.Status, turn.State.Status);
        Assert.Null(turn.State.Habit.PausedUntil);
        Assert.Equal(
            "That's longer than I pause for: up to 90 days. Nothing is paused. Try \"/pause 4 weeks\", or /stop to go quiet until you /start again.",
            LastText(turn.Out));
    }

    [Fact]
    public void A_typed_length_backwards_is_asked_again_and_changes_nothing()
    {
        var (state, last) = Drive(Runner(), Context(TodayAt(9)), Command("pause"), Text("-5 days"));

        Assert.Equal(ChatStatus.Active, state.Status);
        Assert.Null(state.Habit.PausedUntil);
        Assert.Equal(Question.PauseLength, state.Conversation.Asking);
        Assert.Equal(
            "A pause runs forward from today, so it needs at least one day ahead. Nothing is paused. Try \"5 days\" or \"until 3 Dec\", or /cancel.",
            LastText(last.Out));
    }

    [Theory]
    [InlineData("pause:7", 7)]
    [InlineData("pause:14", 14)]
    [InlineData("pause:28", 28)]
    public void A_pause_button_pauses_for_its_length_and_stops_the_spinner(string data, int days)
    {
        var (state, last) = Drive(Runner(), Context(TodayAt(9)), Command("pause"), Press(data));

        Assert.Equal(ChatStatus.Paused, state.Status);
        Assert.Equal(Today.PlusDays(days), state.Habit.PausedUntil);
        Assert.Equal(Question.None, state.Conversation.Asking);
        Assert.IsType<AnswerButton>(last.Out[0]);
        Assert.StartsWith("⏸ Paused through", LastText(last.Out), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pause:999")]
    [InlineData("pause:0")]
    [InlineData("pause:-7")]
    [InlineData("pause:")]
    public void A_forged_pause_button_changes_nothing(string data)
    {
        var turn = Handle(Runner(), Press(data), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Active, turn.State.Status);
        Assert.Null(turn.State.Habit.PausedUntil);
        Assert.Equal("That button doesn't do anything any more.", Toast(turn.Out));
    }

    [Fact]
    public void Pause_before_setup_is_finished_points_to_start()
    {
        var turn = Handle(ChatState.New(Chat, "Ana"), Command("pause", "7 days"), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Onboarding, turn.State.Status);
        Assert.Equal("Let's get you set up first: send /start.", LastText(turn.Out));
    }

    // ── /resume, /stop, /start ──────────────────────────────────────────────────────────────

    [Fact]
    public void Resume_during_a_pause_welcomes_the_user_back_and_plans_from_tomorrow_morning()
    {
        var paused = PausedWeek(Today.PlusDays(-3)) with { NextPlanAt = At(Today.PlusDays(4), 7) };

        var turn = Handle(paused, Command("resume"), Context(TodayAt(10)));

        Assert.Equal(ChatStatus.Active, turn.State.Status);
        Assert.Equal(Today, turn.State.Habit.PausedUntil);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
        Assert.Equal("Welcome back! Let's pick up right where you are. Your next plan comes at your usual time.", LastText(turn.Out));
    }

    [Fact]
    public void Resume_early_in_the_morning_brings_todays_plan()
    {
        var paused = PausedWeek(Today.PlusDays(-3)) with { LastPlanDate = Today.PlusDays(-4) };

        var turn = Handle(paused, Command("resume"), Context(TodayAt(6)));

        Assert.Equal(TodayAt(7), turn.State.NextPlanAt);
    }

    [Fact]
    public void Resume_when_not_on_a_break_says_the_plans_keep_coming()
    {
        var turn = Handle(Runner(), Command("resume"), Context(TodayAt(9)));

        Assert.Equal("You're not on a break: your plans keep coming. /pause takes one.", LastText(turn.Out));
    }

    [Fact]
    public void Stop_goes_quiet_keeps_history_and_schedules_nothing()
    {
        var turn = Handle(Runner(), Command("stop"), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Stopped, turn.State.Status);
        Assert.Equal(Today, turn.State.Habit.PausedFrom);
        Assert.Null(turn.State.Habit.PausedUntil);
        Assert.Null(turn.State.NextPlanAt);
        Assert.Equal("Okay, I'll stay quiet: no plans, no reminders. Your history is kept. Send /start whenever you want me back.", LastText(turn.Out));
    }

    [Fact]
    public void Stop_twice_says_it_is_already_quiet()
    {
        var (_, last) = Drive(Runner(), Context(TodayAt(9)), Command("stop"), Command("stop"));

        Assert.Equal("I'm already quiet. Send /start whenever you want me back.", LastText(last.Out));
    }

    [Fact]
    public void Start_after_stop_brings_the_plans_back_and_the_quiet_days_count_as_paused()
    {
        var stopped = Runner(lastClosed: Today.PlusDays(-11)) with
        {
            Status = ChatStatus.Stopped,
            NextPlanAt = null,
            Habit = Runner().Habit with { LastClosedDate = Today.PlusDays(-11), PausedFrom = Today.PlusDays(-10), PausedUntil = null, Streak = new StreakState(4, 4) },
        };

        var turn = Handle(stopped, Command("start"), Context(TodayAt(13)));

        Assert.Equal(ChatStatus.Active, turn.State.Status);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
        Assert.StartsWith("Welcome back!", LastText(turn.Out), StringComparison.Ordinal);
        Assert.Equal(10, turn.Effects.Count);
        Assert.All(turn.Effects, e => Assert.Equal(DayOutcome.Paused, Assert.IsType<SaveOutcome>(e).Outcome));
        Assert.Equal(new StreakState(4, 4), turn.State.Habit.Streak);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void Extending_a_pause_before_noon_keeps_yesterday_a_paused_day()
    {
        var paused = PausedWeek(Today.PlusDays(-3)) with
        {
            Habit = PausedWeek(Today.PlusDays(-3)).Habit with { LastClosedDate = Today.PlusDays(-2), Streak = new StreakState(5, 5) },
        };
        var (extended, _) = Drive(paused, Context(TodayAt(9)), Command("pause", "2 weeks"));

        var later = Handle(extended, Command("help"), Context(TodayAt(13)));

        Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Paused), Assert.Single(later.Effects));
        Assert.Equal(new StreakState(5, 5), later.State.Habit.Streak);
    }

    [Fact]
    public void Stopping_during_a_pause_keeps_yesterday_a_paused_day()
    {
        var paused = PausedWeek(Today.PlusDays(-3)) with
        {
            Habit = PausedWeek(Today.PlusDays(-3)).Habit with { LastClosedDate = Today.PlusDays(-2), Streak = new StreakState(5, 5) },
        };
        var (stopped, _) = Drive(paused, Context(TodayAt(9)), Command("stop"));

        var later = Handle(stopped, Command("help"), Context(TodayAt(13)));

        Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Paused), Assert.Single(later.Effects));
        Assert.Equal(5, later.State.Habit.Streak.Current);
    }

    // ── /stats and /history ─────────────────────────────────────────────────────────────────

    [Fact]
    public void Stats_show_the_streak_the_best_and_progress_toward_the_next_level()
    {
        var state = Runner() with { Habit = Runner().Habit with { Streak = new StreakState(3, 5) } };
        var context = Context(TodayAt(9), Full(Today.PlusDays(-3)), Full(Yesterday)) with
        {
            Outcomes = Outcomes((Today.PlusDays(-3), DayOutcome.Done), (Today.PlusDays(-2), DayOutcome.Missed), (Yesterday, DayOutcome.Done)),
        };

        var text = LastText(Handle(state, Command("stats"), context).Out);

        Assert.Contains("🔥 Streak: 3 sessions (best 5)", text, StringComparison.Ordinal);
        Assert.Contains("Last 7 days: 2 of 3 sessions (67%)", text, StringComparison.Ordinal);
        Assert.Contains("Level 1, next level: 2 of your last 7 planned sessions full; 6 of 7 earn it", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_before_setup_is_finished_point_to_start()
    {
        var turn = Handle(ChatState.New(Chat, "Ana"), Command("stats"), Context(TodayAt(9)));

        Assert.Equal("Stats start once you're set up: send /start.", LastText(turn.Out));
    }

    [Fact]
    public void History_lists_the_last_fourteen_days_with_today_at_the_bottom()
    {
        var context = Context(TodayAt(9), Full(Yesterday)) with { Outcomes = Outcomes((Yesterday, DayOutcome.Done), (Today.PlusDays(-2), DayOutcome.Missed)) };

        var lines = LastText(Handle(Runner(), Command("history"), context).Out).Split('\n');

        Assert.Equal("🗓 Your last 14 days", lines[0]);
        Assert.Equal(16, lines.Length);
        Assert.Contains("❌ missed", lines[^3], StringComparison.Ordinal);
        Assert.Contains("✅ done", lines[^2], StringComparison.Ordinal);
        Assert.Contains("🔵 today, nothing logged yet", lines[^1], StringComparison.Ordinal);
    }

    // ── Re-engagement buttons ───────────────────────────────────────────────────────────────

    [Fact]
    public void No_time_answers_with_the_five_minute_version()
    {
        var turn = Handle(Runner(), Press("why:time"), Context(TodayAt(9)));

        Assert.StartsWith("Totally get it. Here's a 5-minute version", LastText(turn.Out), StringComparison.Ordinal);
        Assert.Equal(["mini:start"], ButtonData(turn.Out));
    }

    [Fact]
    public void Not_motivated_reminds_the_user_of_what_they_have_built()
    {
        var state = Runner() with { Habit = Runner().Habit with { Streak = new StreakState(0, 9) } };
        var context = Context(TodayAt(9)) with
        {
            Outcomes = Outcomes((Today.PlusDays(-5), DayOutcome.Done), (Today.PlusDays(-4), DayOutcome.Partial), (Today.PlusDays(-3), DayOutcome.Missed)),
            TotalReps = new Dictionary<Exercise, int> { [Exercise.Clamshell] = 1000, [Exercise.SideLegRaise] = 500 },
        };

        var text = LastText(Handle(state, Press("why:motivation"), context).Out);

        Assert.Contains("2 sessions, a best streak of 9, and 1,500 reps", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Forgot_offers_to_change_the_reminder_time_and_the_button_asks_for_it()
    {
        var why = Handle(Runner(), Press("why:forgot"), Context(TodayAt(9)));
        Assert.Equal(["remind:change"], ButtonData(why.Out));

        var change = Handle(why.State, Press("remind:change"), Context(TodayAt(9)));

        Assert.Equal(Question.ReminderTime, change.State.Conversation.Asking);
        Assert.True(change.State.Conversation.ChangingOne);
        Assert.Equal(BerlinSettings(), change.State.Conversation.Draft);
    }

    [Fact]
    public void Mini_start_sends_one_set_of_each_exercise_with_a_done_button_for_today()
    {
        var turn = Handle(Runner(level: 3), Press("mini:start"), Context(TodayAt(9)));

        var text = LastText(turn.Out);
        Assert.Contains("• Clamshells: 1 × 20 per side", text, StringComparison.Ordinal);
        Assert.Equal(["mini:done:2026-11-25"], ButtonData(turn.Out));
    }

    [Fact]
    public void Mini_done_logs_one_set_of_each_as_a_partial_day()
    {
        var turn = Handle(Runner(level: 3), Press("mini:done:2026-11-25"), Context(TodayAt(9)));

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects));
        Assert.Equal(Today, save.Date);
        Assert.Equal(3, save.Entries.Count);
        Assert.All(save.Entries, e => Assert.Equal((1, 20, false), (e.Sets, e.RepsPerSide, e.IsFull)));
        Assert.StartsWith("Logged the 5-minute version:", Toast(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Mini_done_after_yesterday_closed_as_missed_turns_it_partial_and_keeps_the_streak_going()
    {
        var state = Runner(lastClosed: Yesterday) with
        {
            Habit = Runner().Habit with { LastClosedDate = Yesterday, ConsecutiveMisses = 1, Streak = new StreakState(0, 2) },
        };
        var context = Context(TodayAt(13)) with
        {
            Outcomes = Outcomes((Today.PlusDays(-3), DayOutcome.Done), (Today.PlusDays(-2), DayOutcome.Done), (Yesterday, DayOutcome.Missed)),
        };

        var turn = Handle(state, Press("mini:done:2026-11-24"), context);

        Assert.Contains(new SaveOutcome(Yesterday, DayOutcome.Partial), turn.Effects);
        Assert.Equal(new StreakState(3, 3), turn.State.Habit.Streak);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
    }

    [Theory]
    [InlineData("mini:done:2026-11-20")]
    [InlineData("mini:done:2026-11-26")]
    [InlineData("mini:done:soon")]
    public void Mini_done_for_another_day_or_forged_logs_nothing(string data)
    {
        var turn = Handle(Runner(), Press(data), Context(TodayAt(9)));

        Assert.Empty(turn.Effects);
        Assert.Equal("That session is from an earlier day.", Toast(turn.Out));
    }

    [Fact]
    public void Lower_yes_steps_down_one_level()
    {
        var turn = Handle(Runner(level: 3), Press("lower:yes"), Context(TodayAt(9)));

        Assert.Equal(2, turn.State.Level);
        Assert.Equal("Level 2 it is: 2 × 15 per side. Easier is fine: showing up is what counts.", LastText(turn.Out));
    }

    [Fact]
    public void Tapping_one_level_lower_twice_drops_only_one_level()
    {
        var once = Handle(Runner(level: 4), Press("lower:yes"), Context(TodayAt(9)));

        var twice = Handle(once.State, Press("lower:yes"), Context(TodayAt(9)));

        Assert.Equal(3, twice.State.Level);
    }

    [Fact]
    public void Lower_yes_on_the_first_level_suggests_the_mini_session_instead()
    {
        var turn = Handle(Runner(level: 1), Press("lower:yes"), Context(TodayAt(9)));

        Assert.Equal(1, turn.State.Level);
        Assert.Equal("You're on the first level already. Try the 5-minute version instead.", Toast(turn.Out));
    }

    [Theory]
    [InlineData("lower:no")]
    [InlineData("mini:no")]
    public void Declining_keeps_the_plan_as_it_is(string data)
    {
        var turn = Handle(Runner(level: 3), Press(data), Context(TodayAt(9)));

        Assert.Equal(3, turn.State.Level);
        Assert.Equal("No problem. Your plan stays as it is.", Toast(turn.Out));
    }

    [Fact]
    public void Re_engagement_buttons_before_setup_is_finished_change_nothing()
    {
        var fresh = ChatState.New(Chat, "Ana");

        var turn = Handle(fresh, Press("pause:7"), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Onboarding, turn.State.Status);
        Assert.Equal("Let's finish setting up first: send /start.", Toast(turn.Out));
    }
}
