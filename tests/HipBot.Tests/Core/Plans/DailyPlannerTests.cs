using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.ReEngagement;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Plans;

public class DailyPlannerTests
{
    /// <summary>
    /// Ana at seven this morning: yesterday's plan went out, today's is due, and <paramref name="misses"/> missed
    /// training days in a row stand settled behind her (days through yesterday are accounted for).
    /// </summary>
    private static ChatState DueThisMorning(int misses = 0, int level = 1, TrainingDays days = TrainingDays.EveryDay) =>
        Runner(lastClosed: Yesterday, days: days, level: level, lastWrote: At(Yesterday, 6)) with
        {
            NextPlanAt = TodayAt(7),
            LastPlanDate = Yesterday,
            Habit = Runner().Habit with { LastClosedDate = Yesterday, ConsecutiveMisses = misses, LastUserInputAt = At(Yesterday, 6) },
        };

    /// <summary>The same morning as the ladder really sees it: yesterday is still open until noon.</summary>
    private static ChatState WithYesterdayOpen(ChatState state) =>
        state with { Habit = state.Habit with { LastClosedDate = Today.PlusDays(-2) } };

    private static Turn Run(ChatState state, Instant now, params DayLog[] logs) => DailyPlanner.Run(state, Context(now, logs));

    private static SendMessage PlanMessage(Turn turn) =>
        Assert.Single(turn.Out.OfType<SendMessage>(), m => m.Key is not null);

    private static IReadOnlyList<SendMessage> Nudges(Turn turn) =>
        [.. turn.Out.OfType<SendMessage>().Where(m => m.Key is null)];

    [Fact]
    public void At_the_reminder_time_the_plan_goes_out_with_its_buttons_and_the_next_one_is_set_for_tomorrow()
    {
        var turn = Run(DueThisMorning(), TodayAt(7));

        Assert.Equal(Today, turn.PlanDate);
        var plan = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.Equal(DailyPlanner.PlanKey(Today), plan.Key);
        Assert.StartsWith("Hip work · Wed 25 Nov · level 1", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(
            [PlanButton(PlanAction.Done, Today), PlanButton(PlanAction.Log, Today), PlanButton(PlanAction.Skip, Today), PlanButton(PlanAction.Snooze, Today)],
            ButtonData(plan.Reply));
        Assert.Equal(Today, turn.State.LastPlanDate);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void Nothing_goes_out_before_the_reminder_time()
    {
        var state = DueThisMorning();

        var turn = Run(state, TodayAt(6, 59));

        Assert.Null(turn.PlanDate);
        Assert.Empty(turn.Out);
        Assert.Equal(state, turn.State);
    }

    [Fact]
    public void A_plan_a_few_minutes_late_reads_as_usual()
    {
        var plan = PlanMessage(Run(DueThisMorning(), TodayAt(7, 5)));

        Assert.DoesNotContain("later than planned", plan.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_more_than_ten_minutes_late_apologises()
    {
        var plan = PlanMessage(Run(DueThisMorning(), TodayAt(8)));

        Assert.StartsWith("A little later than planned today, sorry!", plan.Reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(7, 5, false)]
    [InlineData(8, 0, true)]
    public void The_claim_of_a_sent_plan_says_whether_it_went_out_late_as_its_message_does(int hour, int minute, bool late)
    {
        var claim = Assert.Single(Run(DueThisMorning(), TodayAt(hour, minute)).Effects.OfType<ClaimPlan>());

        Assert.True(claim.PlanSent);
        Assert.Equal(late, claim.Late);
    }

    [Fact]
    public void A_plan_still_goes_out_just_before_the_nine_pm_cut_off_but_not_at_it()
    {
        var before = Run(DueThisMorning(), TodayAt(20, 59));
        var at = Run(DueThisMorning(), TodayAt(21));

        Assert.Equal(Today, before.PlanDate);
        Assert.Null(at.PlanDate);
        Assert.Empty(at.Out);
        Assert.Equal(At(Today.PlusDays(1), 7), at.State.NextPlanAt);
        Assert.Equal(Yesterday, at.State.LastPlanDate);
    }

    [Fact]
    public void After_two_days_of_downtime_only_todays_plan_goes_out()
    {
        var state = DueThisMorning() with { NextPlanAt = At(Today.PlusDays(-2), 7), LastPlanDate = Today.PlusDays(-3) };

        var turn = Run(state, TodayAt(8));

        Assert.Equal(Today, turn.PlanDate);
        Assert.Single(turn.Out);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void After_moving_west_a_day_that_already_had_its_plan_gets_no_second_one()
    {
        // The plan went out at 07:00 in Berlin; Ana then moved to New York, where 07:00 of the same date comes six hours later.
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var sevenInNewYork = (Today + Seven).InZoneStrictly(newYork).ToInstant();
        var moved = DueThisMorning() with
        {
            Settings = BerlinSettings() with { TimeZone = "America/New_York" },
            LastPlanDate = Today,
            NextPlanAt = sevenInNewYork,
        };

        var turn = Run(moved, sevenInNewYork);

        Assert.Null(turn.PlanDate);
        Assert.Empty(turn.Out);
        Assert.Equal((Today.PlusDays(1) + Seven).InZoneStrictly(newYork).ToInstant(), turn.State.NextPlanAt);
    }

    [Fact]
    public void A_chat_without_a_usable_time_zone_is_taken_off_the_schedule()
    {
        var broken = DueThisMorning() with { Settings = BerlinSettings() with { TimeZone = "Mars/Olympus" }, SnoozedUntil = TodayAt(7) };

        var turn = Run(broken, TodayAt(7));

        Assert.Empty(turn.Out);
        Assert.Null(turn.State.NextPlanAt);
        Assert.Null(turn.State.SnoozedUntil);
    }

    [Fact]
    public void The_scheduler_settles_closed_days_even_when_nothing_is_due()
    {
        var state = WithYesterdayOpen(DueThisMorning()) with { NextPlanAt = At(Today.PlusDays(1), 7), LastPlanDate = Today };

        var turn = Run(state, TodayAt(13), Full(Yesterday));

        Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Done), Assert.Single(turn.Effects));
        Assert.Equal(Yesterday, turn.State.Habit.LastClosedDate);
        Assert.Empty(turn.Out);
    }

    // ── Later ───────────────────────────────────────────────────────────────────────────────

    [Fact]
    public void A_snoozed_plan_comes_back_with_what_is_already_logged()
    {
        var snoozed = DueThisMorning() with { LastPlanDate = Today, NextPlanAt = At(Today.PlusDays(1), 7), SnoozedUntil = TodayAt(9) };

        var turn = Run(snoozed, TodayAt(9), Partial(Today));

        var again = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.Equal(DailyPlanner.PlanKey(Today), again.Key);
        Assert.StartsWith("⏰ Here's your hip work again.", again.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("1/2 sets", again.Reply.Text, StringComparison.Ordinal);
        Assert.Contains(PlanButton(PlanAction.Done, Today), ButtonData(again.Reply));
        Assert.Null(turn.State.SnoozedUntil);
        Assert.Null(turn.PlanDate);
    }

    [Fact]
    public void A_snoozed_plan_stays_away_once_the_day_is_done_or_skipped()
    {
        var snoozed = DueThisMorning() with { LastPlanDate = Today, NextPlanAt = At(Today.PlusDays(1), 7), SnoozedUntil = TodayAt(9) };

        var done = Run(snoozed, TodayAt(9), Full(Today));
        var skipped = Run(snoozed, TodayAt(9), RestMarked(Today));

        Assert.Empty(done.Out);
        Assert.Empty(skipped.Out);
        Assert.Null(done.State.SnoozedUntil);
    }

    [Fact]
    public void Saying_later_on_a_rest_day_promises_nothing_the_scheduler_will_not_keep()
    {
        // Tue 24 Nov is a rest day on Mon/Wed/Fri; Monday's plan was the last one.
        var restDay = Runner(lastClosed: Today.PlusDays(-3), days: TrainingDays.MonWedFri) with
        {
            LastPlanDate = Today.PlusDays(-2),
            NextPlanAt = TodayAt(7),
        };
        var said = PrivateChat.Handle(restDay, Text("later"), Context(At(Yesterday, 10)));

        var reminded = DailyPlanner.Run(said.State, Context(At(Yesterday, 12)));

        var promised = LastText(said.Out).Contains("I'll bring it up again", StringComparison.Ordinal);
        Assert.False(promised && reminded.Out.Count == 0, $"Promised \"{LastText(said.Out)}\" and then sent nothing.");
    }

    // ── The re-engagement ladder ────────────────────────────────────────────────────────────

    [Fact]
    public void One_miss_puts_a_light_line_on_top_of_the_plan_and_nothing_more()
    {
        var turn = Run(DueThisMorning(misses: 1), TodayAt(7));

        var plan = Assert.Single(turn.Out.OfType<SendMessage>());
        var line = LadderTexts.OneMiss.Single(v => v.Key == turn.State.Habit.LastVariantKey);
        Assert.StartsWith(line.Text + "\n\nHip work", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Null(turn.State.Habit.LastUnsolicitedOn);
    }

    [Fact]
    public void Two_misses_ask_what_got_in_the_way_on_the_plan_itself()
    {
        var turn = Run(DueThisMorning(misses: 2), TodayAt(7));

        var plan = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.Equal(DailyPlanner.PlanKey(Today), plan.Key);
        var ask = LadderTexts.AskWhy.Single(v => v.Key == turn.State.Habit.LastVariantKey);
        Assert.StartsWith(ask.Text + "\n\nHip work", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(["why:time", "why:sore", "why:forgot", "why:motivation"], ButtonData(plan.Reply).Skip(4));
        Assert.Equal(Today, turn.State.Habit.LastUnsolicitedOn);
    }

    [Fact]
    public void Answering_the_question_on_the_plan_takes_only_the_question_away_and_keeps_the_plans_buttons()
    {
        var planned = Run(DueThisMorning(misses: 2), TodayAt(7));

        var answered = PrivateChat.Handle(planned.State, Press("why:forgot"), Context(TodayAt(7, 5)));

        Assert.DoesNotContain(answered.Out.OfType<EditMessage>(), e => e.ButtonsOnly);
        var plan = Assert.Single(answered.Out.OfType<EditMessage>(), e => e.TargetKey == DailyPlanner.PlanKey(Today));
        Assert.Equal(ButtonData(new Reply("", PlanText.PlanButtons(Today))), ButtonData(plan.Reply));
        Assert.StartsWith("Hip work", plan.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Typing_the_label_of_a_question_whose_answer_is_a_toast_says_it_once()
    {
        var offered = Runner() with { OfferedButtons = [CallbackData.Button("Let's do 5 minutes", new StartMini()), CallbackData.Button("Not today", new DeclineMini())] };

        var typed = PrivateChat.Handle(offered, Text("not today"), Context(TodayAt(9)));

        Assert.Equal(["No problem. Your plan stays as it is."], Texts(typed.Out));
    }

    [Fact]
    public void No_question_about_what_got_in_the_way_right_after_the_user_wrote()
    {
        var state = DueThisMorning(misses: 2);
        state = state with { Habit = state.Habit with { LastUserInputAt = At(Yesterday, 19) } };

        var plan = Assert.Single(Run(state, TodayAt(7)).Out.OfType<SendMessage>());

        Assert.StartsWith("Hip work", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(4, ButtonData(plan.Reply).Count());
    }

    [Fact]
    public void Work_done_before_the_reminder_means_no_plan_and_no_buttons()
    {
        var turn = Run(DueThisMorning(misses: 2), TodayAt(7), Full(Today));

        Assert.Empty(turn.Out);
        Assert.Equal(Today, turn.PlanDate);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void Part_of_the_session_done_before_the_reminder_brings_only_what_is_left()
    {
        var turn = Run(DueThisMorning(), TodayAt(7), Partial(Today));

        var plan = PlanMessage(turn);
        Assert.StartsWith("You've made a start already, so here's what's left.", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("· 1/2 sets", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Contains(PlanButton(PlanAction.Done, Today), ButtonData(plan.Reply));
    }

    [Fact]
    public void Three_misses_get_just_the_plan()
    {
        var turn = Run(DueThisMorning(misses: 3), TodayAt(7));

        Assert.Empty(Nudges(turn));
        Assert.Equal(Today, turn.PlanDate);
    }

    [Fact]
    public void Four_misses_offer_the_five_minute_version_and_still_send_the_plan()
    {
        var turn = Run(DueThisMorning(misses: 4), TodayAt(7));

        Assert.Empty(Nudges(turn));
        Assert.Equal(["mini:start", "mini:no"], ButtonData(PlanMessage(turn).Reply).Skip(4));
        Assert.Equal(Today, turn.PlanDate);
    }

    [Theory]
    [InlineData(1, "mini:start")]
    [InlineData(3, "lower:yes")]
    public void Seven_misses_offer_a_lower_level_or_on_the_first_level_the_mini_session(int level, string firstButton)
    {
        var turn = Run(DueThisMorning(misses: 7, level: level), TodayAt(7));

        Assert.Equal(firstButton, ButtonData(PlanMessage(turn).Reply).Skip(4).First());
        Assert.Equal(Today, turn.PlanDate);
    }

    [Fact]
    public void A_second_nudge_never_comes_on_the_same_day()
    {
        var state = DueThisMorning(misses: 2) with { Habit = DueThisMorning(misses: 2).Habit with { LastUnsolicitedOn = Today } };

        var turn = Run(state, TodayAt(7));

        Assert.Empty(Nudges(turn));
        Assert.Equal(Today, turn.PlanDate);
    }

    [Fact]
    public void Fourteen_misses_offer_a_pause_instead_of_the_plan()
    {
        var turn = Run(DueThisMorning(misses: 14), TodayAt(7));

        var offer = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.Equal(["pause:7", "pause:14", "pause:28"], ButtonData(offer.Reply));
        Assert.Null(offer.Key);
        // No plan goes out: the day is claimed (the offer goes once) but stays neutral, and open to a plan if the user comes back.
        var claim = Assert.IsType<ClaimPlan>(Assert.Single(turn.Effects));
        Assert.Equal((Today, false), (claim.Date, claim.PlanSent));
        Assert.Equal(Yesterday, turn.State.LastPlanDate);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void After_the_pause_offer_the_days_stay_quiet()
    {
        var state = DueThisMorning(misses: 15) with { Habit = DueThisMorning(misses: 15).Habit with { LastUnsolicitedOn = Yesterday, LastVariantKey = "pause.a" } };

        var turn = Run(state, TodayAt(7));

        Assert.Empty(turn.Out);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void A_week_after_the_last_nudge_a_quiet_user_gets_one_weekly_check_in_and_still_no_plan()
    {
        var state = DueThisMorning(misses: 21) with { Habit = DueThisMorning(misses: 21).Habit with { LastUnsolicitedOn = Today.PlusDays(-7), LastVariantKey = "pause.b" } };

        var turn = Run(state, TodayAt(7));

        var checkIn = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.Equal(["mini:start", "pause:28"], ButtonData(checkIn.Reply));
        Assert.Null(checkIn.Key);
        Assert.Equal(Today, turn.State.Habit.LastUnsolicitedOn);
    }

    [Fact]
    public void Thirty_silent_days_bring_one_farewell_and_then_quiet()
    {
        var silent = DueThisMorning(misses: 20) with
        {
            Habit = DueThisMorning(misses: 20).Habit with { LastUserInputAt = TodayAt(7) - Duration.FromDays(30), LastUnsolicitedOn = Today.PlusDays(-3) },
        };

        var farewell = Run(silent, TodayAt(7));
        var nextDay = Run(farewell.State, At(Today.PlusDays(1), 7));

        var bye = Assert.Single(farewell.Out.OfType<SendMessage>());
        Assert.Contains(LadderTexts.Farewell, v => v.Text == bye.Reply.Text);
        Assert.True(farewell.State.Habit.FarewellSent);
        Assert.Null(bye.Key);
        Assert.Empty(nextDay.Out);
        Assert.Equal(At(Today.PlusDays(2), 7), nextDay.State.NextPlanAt);
    }

    [Fact]
    public void The_farewell_comes_on_the_thirtieth_calendar_day_of_silence()
    {
        var silent = DueThisMorning(misses: 20) with
        {
            Habit = DueThisMorning(misses: 20).Habit with { LastUserInputAt = At(Today.PlusDays(-30), 20), LastUnsolicitedOn = Today.PlusDays(-3) },
        };

        var turn = Run(silent, TodayAt(7));

        Assert.True(turn.State.Habit.FarewellSent);
    }

    [Fact]
    public void A_user_who_trained_yesterday_is_not_asked_what_got_in_the_way()
    {
        var turn = Run(WithYesterdayOpen(DueThisMorning(misses: 2)), TodayAt(7), Full(Yesterday));

        Assert.Empty(Nudges(turn));
        Assert.Equal(Today, turn.PlanDate);
    }

    [Fact]
    public void A_training_day_still_open_with_nothing_logged_already_counts_for_the_ladder()
    {
        var turn = Run(WithYesterdayOpen(DueThisMorning(misses: 1)), TodayAt(7));

        Assert.Contains("why:time", ButtonData(PlanMessage(turn).Reply));
        Assert.Equal(Today, turn.PlanDate);
    }

    // ── Pauses and long breaks ──────────────────────────────────────────────────────────────

    [Fact]
    public void The_first_day_after_a_pause_wakes_the_user_with_a_welcome_on_the_plan()
    {
        var paused = DueThisMorning(misses: 3) with
        {
            Status = ChatStatus.Paused,
            Habit = DueThisMorning(misses: 3).Habit with { PausedFrom = Today.PlusDays(-7), PausedUntil = Today, LastUserInputAt = TodayAt(7) - Duration.FromDays(40) },
        };

        var turn = Run(paused, TodayAt(7));

        Assert.Equal(ChatStatus.Active, turn.State.Status);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
        var plan = Assert.Single(turn.Out.OfType<SendMessage>());
        Assert.StartsWith("Welcome back! Let's pick up right where you are.\n\nHip work · Wed 25 Nov", plan.Reply.Text, StringComparison.Ordinal);
        Assert.False(turn.State.Habit.FarewellSent);
    }

    [Fact]
    public void A_paused_user_gets_nothing_before_the_first_day_back()
    {
        var paused = DueThisMorning() with
        {
            Status = ChatStatus.Paused,
            Habit = DueThisMorning().Habit with { PausedFrom = Today.PlusDays(-2), PausedUntil = Today.PlusDays(3) },
        };

        var turn = Run(paused, TodayAt(7));

        Assert.Empty(turn.Out);
        Assert.Equal(ChatStatus.Paused, turn.State.Status);
        Assert.Equal(At(Today.PlusDays(3), 7), turn.State.NextPlanAt);
    }

    [Theory]
    [InlineData(20, 2)]
    [InlineData(30, 1)]
    public void After_a_long_break_the_plan_offers_an_easier_restart(int daysAway, int restartLevel)
    {
        var state = DueThisMorning(level: 3);
        var context = Context(TodayAt(7)) with { LastCheckInDate = Today.PlusDays(-daysAway) };

        var plan = PlanMessage(DailyPlanner.Run(state, context));

        Assert.Contains($"It's been a while, so level {restartLevel} may feel better for a restart. Your choice.", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Contains($"level:down:{restartLevel}", ButtonData(plan.Reply));
        Assert.Contains("level 3", plan.Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_break_or_the_first_level_gets_no_restart_button()
    {
        var shortBreak = DailyPlanner.Run(DueThisMorning(level: 3), Context(TodayAt(7)) with { LastCheckInDate = Today.PlusDays(-13) });
        var firstLevel = DailyPlanner.Run(DueThisMorning(level: 1), Context(TodayAt(7)) with { LastCheckInDate = Today.PlusDays(-60) });

        Assert.DoesNotContain(ButtonData(PlanMessage(shortBreak).Reply), d => d.StartsWith("level:", StringComparison.Ordinal));
        Assert.DoesNotContain(ButtonData(PlanMessage(firstLevel).Reply), d => d.StartsWith("level:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_restart_button_on_the_plan_moves_the_user_down()
    {
        var state = DueThisMorning(level: 3);
        var planned = DailyPlanner.Run(state, Context(TodayAt(7)) with { LastCheckInDate = Today.PlusDays(-20) });

        var turn = PrivateChat.Handle(planned.State, Press("level:down:2"), Context(TodayAt(8)));

        Assert.Equal(2, turn.State.Level);
        Assert.Equal("Level 2 it is: 2 × 15 per side. Easing back in is the smart way.", LastText(turn.Out));
    }
}
