using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Training;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.CheckIns;

public class CheckInTurnsTests
{
    private static Turn Handle(ChatState state, Input input, ChatContext context) => PrivateChat.Handle(state, input, context);

    private static EditMessage PlanEdit(Turn turn) => Assert.Single(turn.Out.OfType<EditMessage>());

    [Fact]
    public void Done_in_words_logs_the_whole_plan_and_ticks_off_todays_plan_message()
    {
        var turn = Handle(Runner(), Text("done"), Context(TodayAt(8)));

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects));
        Assert.Equal(Today, save.Date);
        Assert.Equal(3, save.Entries.Count);
        Assert.All(save.Entries, e => Assert.True(e.IsFull));
        Assert.Equal("Logged: clamshells 2 × 10 per side, side leg raises 2 × 10 per side and traveling side squats 2 × 10 per side.\nThat's everything for today — nice work.", LastText(turn.Out));
        var edit = PlanEdit(turn);
        Assert.Equal(DailyPlanner.PlanKey(Today), edit.TargetKey);
        Assert.Contains("All done — nice work.", edit.Reply.Text, StringComparison.Ordinal);
        Assert.Null(edit.Reply.Buttons);
    }

    [Fact]
    public void Some_sets_in_words_say_what_is_left_and_keep_the_plan_buttons()
    {
        var turn = Handle(Runner(), Text("clams 2x10"), Context(TodayAt(8)));

        Assert.Contains("Left today: side leg raises 2 × 10 and traveling side squats 2 × 10.", LastText(turn.Out), StringComparison.Ordinal);
        Assert.Contains(PlanButton(PlanAction.Done, Today), ButtonData(PlanEdit(turn).Reply));
    }

    [Fact]
    public void Done_yesterday_before_noon_lands_on_yesterday_without_touching_its_outcome()
    {
        var turn = Handle(Runner(lastClosed: Today.PlusDays(-2)), Text("done yesterday"), Context(TodayAt(9)));

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects));
        Assert.Equal(Yesterday, save.Date);
        Assert.Equal(DailyPlanner.PlanKey(Yesterday), PlanEdit(turn).TargetKey);
        Assert.Contains("yesterday", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void The_done_button_answers_with_a_toast_instead_of_a_message()
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Done, Today)), Context(TodayAt(8)));

        Assert.Equal("Logged: clamshells 2 × 10 per side, side leg raises 2 × 10 per side and traveling side squats 2 × 10 per side.\nThat's everything for today — nice work.", Toast(turn.Out));
        Assert.Empty(Texts(turn.Out));
        Assert.Equal(Today, Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects)).Date);
        Assert.Equal(DailyPlanner.PlanKey(Today), PlanEdit(turn).TargetKey);
    }

    [Fact]
    public void The_done_button_on_yesterdays_plan_logs_yesterday()
    {
        var turn = Handle(Runner(lastClosed: Today.PlusDays(-2)), Press(PlanButton(PlanAction.Done, Yesterday)), Context(TodayAt(9)));

        Assert.Equal(Yesterday, Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects)).Date);
        Assert.Contains("That's all of yesterday done", Toast(turn.Out), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(1)]
    [InlineData(400)]
    public void A_plan_button_for_a_day_other_than_today_or_yesterday_logs_nothing(int daysFromToday)
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Done, Today.PlusDays(daysFromToday))), Context(TodayAt(9)));

        Assert.Empty(turn.Effects);
        Assert.StartsWith("That plan is from an earlier day.", Toast(turn.Out), StringComparison.Ordinal);
        Assert.Empty(turn.Out.OfType<EditMessage>());
    }

    [Fact]
    public void Skip_marks_a_rest_day_and_takes_the_buttons_off_the_plan()
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Skip, Today)), Context(TodayAt(8)));

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects));
        Assert.True(save.Skipped);
        Assert.Empty(save.Entries);
        Assert.Equal("Rest day noted. See you next time.", Toast(turn.Out));
        Assert.Null(PlanEdit(turn).Reply.Buttons);
    }

    [Fact]
    public void Later_on_todays_plan_sets_a_reminder_two_hours_on_and_says_when()
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Snooze, Today)), Context(TodayAt(7, 5)));

        Assert.Equal(TodayAt(9, 5), turn.State.SnoozedUntil);
        Assert.Equal("⏰ Okay, I'll bring it up again at 09:05.", Toast(turn.Out));
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void Saying_later_in_words_snoozes_the_same_way()
    {
        var turn = Handle(Runner(), Text("later"), Context(TodayAt(7, 5)));

        Assert.Equal(TodayAt(9, 5), turn.State.SnoozedUntil);
        Assert.Equal("⏰ Okay, I'll bring it up again at 09:05.", LastText(turn.Out));
    }

    [Fact]
    public void Later_late_in_the_evening_is_declined_rather_than_reminding_after_midnight()
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Snooze, Today)), Context(TodayAt(22, 30)));

        Assert.Null(turn.State.SnoozedUntil);
        Assert.Equal("It's late for another reminder today.", Toast(turn.Out));
    }

    [Fact]
    public void Later_on_yesterdays_plan_sets_no_reminder()
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Snooze, Yesterday)), Context(TodayAt(8)));

        Assert.Null(turn.State.SnoozedUntil);
        Assert.Equal("That plan's day is over; no reminder needed.", Toast(turn.Out));
    }

    [Fact]
    public void Log_sets_asks_for_the_numbers_in_words_and_says_to_start_with_yesterday_for_yesterdays_plan()
    {
        var today = Handle(Runner(), Press(PlanButton(PlanAction.Log, Today)), Context(TodayAt(8)));
        var yesterday = Handle(Runner(), Press(PlanButton(PlanAction.Log, Yesterday)), Context(TodayAt(8)));

        Assert.DoesNotContain("yesterday", LastText(today.Out), StringComparison.Ordinal);
        Assert.EndsWith("Start with “yesterday” so it lands on the right day.", LastText(yesterday.Out), StringComparison.Ordinal);
        Assert.Empty(today.Effects);
        Assert.Empty(yesterday.Effects);
    }

    [Fact]
    public void Done_again_on_a_finished_day_saves_nothing_twice()
    {
        var turn = Handle(Runner(), Press(PlanButton(PlanAction.Done, Today)), Context(TodayAt(19), Full(Today)));

        Assert.Empty(turn.Effects);
        Assert.Empty(turn.Out.OfType<EditMessage>());
    }

    [Fact]
    public void A_plan_button_before_setup_is_finished_asks_to_finish_setting_up()
    {
        var turn = Handle(ChatState.New(Chat, "Ana"), Press(PlanButton(PlanAction.Done, Today)), Context(TodayAt(8)));

        Assert.Equal("Let's finish setting up first: send /start.", Toast(turn.Out));
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void Undo_with_nothing_logged_says_so()
    {
        var turn = Handle(Runner(), Command("undo"), Context(TodayAt(8)));

        Assert.Equal("There's nothing to undo.", LastText(turn.Out));
        Assert.Empty(turn.Effects);
    }

    private static ChatContext AfterOneSetOfClams(long batch)
    {
        var clams = Partial(Today);
        return Context(TodayAt(8), clams) with { Latest = new LatestCheckIn(batch, Removed: clams, DayWithout: DayLog.Empty(Today)) };
    }

    [Fact]
    public void Undo_takes_back_the_latest_check_in_and_restores_the_plan_buttons()
    {
        var turn = Handle(Runner(), Command("undo"), AfterOneSetOfClams(batch: 17));

        Assert.Equal(new RemoveCheckIn(Today, 17), Assert.Single(turn.Effects));
        Assert.StartsWith("Undone: clamshells 1 × 10 per side (today). Left today:", LastText(turn.Out), StringComparison.Ordinal);
        var edit = PlanEdit(turn);
        Assert.Equal(DailyPlanner.PlanKey(Today), edit.TargetKey);
        Assert.Contains(PlanButton(PlanAction.Done, Today), ButtonData(edit.Reply));
        Assert.DoesNotContain("✅", edit.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undo_names_the_exercises_that_are_left()
    {
        var turn = Handle(Runner(), Command("undo"), AfterOneSetOfClams(batch: 17));

        Assert.Equal(
            "Undone: clamshells 1 × 10 per side (today). Left today: clamshells 2 × 10, side leg raises 2 × 10 and traveling side squats 2 × 10.",
            LastText(turn.Out));
    }

    [Fact]
    public void Undo_of_extra_work_on_a_finished_day_says_the_rest_stays_logged()
    {
        var full = Full(Today);
        var extra = new DayLog(Today) { Entries = [new ExerciseLog(Exercise.Clamshell, 1, 10, IsFull: true)] };
        var context = Context(TodayAt(19), full with { Entries = [.. full.Entries, .. extra.Entries] }) with
        {
            Latest = new LatestCheckIn(Batch: 9, Removed: extra, DayWithout: full),
        };

        var turn = Handle(Runner(), Command("undo"), context);

        Assert.Equal("Undone: clamshells 1 × 10 per side (today). The rest of the day stays logged.", LastText(turn.Out));
        Assert.Null(PlanEdit(turn).Reply.Buttons);
    }

    [Fact]
    public void Undo_of_a_rest_day_mark_on_yesterday_names_the_day()
    {
        var latest = new LatestCheckIn(Batch: 3, Removed: RestMarked(Yesterday), DayWithout: DayLog.Empty(Yesterday));
        var context = Context(TodayAt(8), RestMarked(Yesterday)) with { Latest = latest };

        var turn = Handle(Runner(lastClosed: Today.PlusDays(-2)), Command("undo"), context);

        Assert.StartsWith("Undone: the rest-day mark (Tue 24 Nov).", LastText(turn.Out), StringComparison.Ordinal);
        Assert.Equal(DailyPlanner.PlanKey(Yesterday), PlanEdit(turn).TargetKey);
    }

    [Fact]
    public void The_sixth_full_session_of_the_last_seven_planned_brings_a_level_up_offer_after_the_summary()
    {
        var fiveBefore = FullDaysUpTo(Yesterday, 5);

        var turn = Handle(Runner(), Text("done"), Context(TodayAt(8), fiveBefore));

        var texts = Texts(turn.Out);
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("🎉 That's 6 full sessions of your last 7.", texts[1], StringComparison.Ordinal);
        Assert.Equal(Today, turn.State.LevelOfferedOn);
        Assert.Equal(1, turn.State.Level);
    }
}
