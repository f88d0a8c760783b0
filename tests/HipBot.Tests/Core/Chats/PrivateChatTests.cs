using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Chats;

public class PrivateChatTests
{
    private static Turn Handle(ChatState state, Input input, ChatContext context) => PrivateChat.Handle(state, input, context);

    [Fact]
    public void A_message_after_noon_settles_yesterday_before_the_check_in_is_recorded()
    {
        var state = Runner(lastClosed: Today.PlusDays(-2));

        var turn = Handle(state, Text("done"), Context(TodayAt(13)));

        Assert.Collection(turn.Effects,
            e => Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Missed), e),
            e => Assert.Equal(Today, Assert.IsType<SaveCheckIn>(e).Date));
        Assert.Equal(Yesterday, turn.State.Habit.LastClosedDate);
        Assert.Equal(1, turn.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void A_message_in_the_morning_leaves_yesterday_open_for_a_late_report()
    {
        var state = Runner(lastClosed: Today.PlusDays(-2));

        var turn = Handle(state, Command("help"), Context(TodayAt(11, 59)));

        Assert.Empty(turn.Effects);
        Assert.Equal(Today.PlusDays(-2), turn.State.Habit.LastClosedDate);
    }

    [Fact]
    public void Every_message_records_when_the_user_last_wrote_and_ends_a_farewell_silence()
    {
        var state = Runner() with { Habit = Runner().Habit with { FarewellSent = true } };

        var turn = Handle(state, Text("hello there"), Context(TodayAt(9, 30)));

        Assert.Equal(TodayAt(9, 30), turn.State.Habit.LastUserInputAt);
        Assert.False(turn.State.Habit.FarewellSent);
    }

    /// <summary>Sessions went by while the user was away: three closed misses.</summary>
    private static ChatState Missed(ChatState state) => state with { Habit = state.Habit with { ConsecutiveMisses = 3 } };

    [Fact]
    public void A_user_quiet_between_sessions_done_is_not_welcomed_back()
    {
        var state = Runner(lastWrote: TodayAt(9).Minus(Duration.FromDays(5)));

        var turn = Handle(state, Command("help"), Context(TodayAt(9)));

        Assert.DoesNotContain(Texts(turn.Out), t => t.StartsWith("Welcome back", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_away_four_days_is_welcomed_back_before_the_answer()
    {
        var state = Missed(Runner(lastWrote: TodayAt(9).Minus(Duration.FromDays(4))));

        var turn = Handle(state, Command("help"), Context(TodayAt(9)));

        Assert.Collection(Texts(turn.Out),
            welcome => Assert.Equal("Welcome back! Let's pick up right where you are.\nToday's exercises are in the chat, just above.", welcome),
            help => Assert.StartsWith("Here's what I understand", help, StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_away_three_days_gets_just_the_answer()
    {
        var state = Runner(lastWrote: TodayAt(9).Minus(Duration.FromDays(3)));

        var turn = Handle(state, Command("help"), Context(TodayAt(9)));

        Assert.Single(Texts(turn.Out));
    }

    [Fact]
    public void A_returning_user_who_taps_a_button_sees_the_spinner_stop_first_then_the_welcome()
    {
        var state = Missed(Runner(lastWrote: TodayAt(9).Minus(Duration.FromDays(10))));

        var turn = Handle(state, Press(PlanButton(PlanAction.Done, Today)), Context(TodayAt(9)));

        Assert.IsType<AnswerButton>(turn.Out[0]);
        Assert.StartsWith("Welcome back! Let's pick up right where you are.", Assert.IsType<SendMessage>(turn.Out[1]).Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_after_a_long_absence_greets_once_not_twice()
    {
        var state = Runner(lastWrote: TodayAt(9).Minus(Duration.FromDays(20)));

        var turn = Handle(state, Command("start"), Context(TodayAt(9)));

        var text = Assert.Single(Texts(turn.Out));
        Assert.StartsWith("Welcome back, Ana!", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pausing_moves_the_next_plan_to_the_first_day_back()
    {
        var turn = Handle(Runner(), Command("pause", "7 days"), Context(TodayAt(9)));

        Assert.Equal(At(Today.PlusDays(7), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void An_unrelated_message_does_not_forget_a_plan_that_is_due_but_not_yet_sent()
    {
        var due = TodayAt(7);
        var state = Runner() with { NextPlanAt = due, LastPlanDate = Yesterday };

        var turn = Handle(state, Text("hello"), Context(TodayAt(7, 1)));

        Assert.Equal(due, turn.State.NextPlanAt);
    }

    [Fact]
    public void An_unknown_or_forged_button_stops_the_spinner_and_changes_nothing_else()
    {
        var state = Runner();

        var turn = Handle(state, Press("nonsense:42"), Context(TodayAt(9)));

        Assert.Equal("That button doesn't do anything any more.", Toast(turn.Out));
        Assert.Empty(turn.Effects);
        Assert.Equal(state with { Habit = state.Habit with { LastUserInputAt = TodayAt(9) } }, turn.State);
    }

    [Fact]
    public void Someone_who_has_not_finished_setting_up_is_pointed_to_start_when_they_report_work()
    {
        var turn = Handle(ChatState.New(Chat, "Ana"), Text("done"), Context(TodayAt(9)));

        Assert.Equal("Send /start and I'll set you up: it takes four quick questions.", LastText(turn.Out));
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void An_unknown_command_is_named_back_and_points_to_help()
    {
        var turn = Handle(Runner(), Command("dance"), Context(TodayAt(9)));

        Assert.Equal("I don't know /dance. /help lists what I can do.", LastText(turn.Out));
    }

    [Fact]
    public void While_asked_for_a_pause_length_a_typed_answer_is_read_as_the_length_not_as_a_check_in()
    {
        var asking = Runner() with { Conversation = new Conversation(Question.PauseLength, BerlinSettings()) };

        var turn = Handle(asking, Text("2 weeks"), Context(TodayAt(9)));

        Assert.Equal(ChatStatus.Paused, turn.State.Status);
        Assert.Equal(Today.PlusDays(14), turn.State.Habit.PausedUntil);
        Assert.Empty(turn.Effects);
    }

    public static TheoryData<string> OpenQuestions => new() { "none", "pause length", "onboarding" };

    [Theory]
    [MemberData(nameof(OpenQuestions))]
    public void A_forwarded_message_is_never_logged_and_asks_for_the_users_own_words(string open)
    {
        var state = open switch
        {
            "pause length" => Runner() with { Conversation = new Conversation(Question.PauseLength, BerlinSettings()) },
            "onboarding" => ChatState.New(Chat, "Ana") with { Conversation = new Conversation(Question.TimeZone, Settings.Empty) },
            _ => Runner(),
        };

        var turn = Handle(state, new ForwardedInput(), Context(TodayAt(9)));

        Assert.Empty(turn.Effects);
        Assert.Equal((state.Status, state.Settings, state.Conversation, state.Level), (turn.State.Status, turn.State.Settings, turn.State.Conversation, turn.State.Level));
        Assert.StartsWith("That's a forwarded message, so I haven't logged it", LastText(turn.Out), StringComparison.Ordinal);
    }
}
