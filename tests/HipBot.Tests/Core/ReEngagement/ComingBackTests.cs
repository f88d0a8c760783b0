using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Streaks;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.ReEngagement;

/// <summary>Back after a long silence: a welcome, a way back in one tap, and plans again.</summary>
public class ComingBackTests
{
    /// <summary>Ana went quiet five weeks ago; the farewell went out; at 10:00 today's reminder has passed.</summary>
    private static ChatState AfterTheFarewell() => Runner(lastWrote: TodayAt(10).Minus(Duration.FromDays(35))) with
    {
        LastPlanDate = Today.PlusDays(-20),
        NextPlanAt = At(Today.PlusDays(1), 7),
        Habit = Runner().Habit with
        {
            ConsecutiveMisses = 14,
            FarewellSent = true,
            LastUserInputAt = TodayAt(10).Minus(Duration.FromDays(35)),
            LastUnsolicitedOn = Today.PlusDays(-5),
            LastVariantKey = "bye.a",
        },
    };

    [Fact]
    public void The_first_message_back_is_welcomed_with_todays_plan_one_tap_away()
    {
        var turn = PrivateChat.Handle(AfterTheFarewell(), Text("hi, I'm back"), Context(TodayAt(10)));

        var welcome = turn.Out.OfType<SendMessage>().First();
        Assert.StartsWith("Welcome back!", welcome.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("Your next exercises arrive tomorrow at 07:00. Or start today:", welcome.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(["again:2026-11-25"], ButtonData(welcome.Reply));
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
        Assert.False(turn.State.Habit.FarewellSent);
    }

    [Fact]
    public void The_tap_brings_todays_plan_and_tomorrows_comes_as_usual()
    {
        var back = PrivateChat.Handle(AfterTheFarewell(), Text("hi, I'm back"), Context(TodayAt(10)));

        var tapped = PrivateChat.Handle(back.State, Press("again:2026-11-25"), Context(TodayAt(10, 1)));

        var plan = Assert.Single(tapped.Out.OfType<SendMessage>());
        Assert.Equal(DailyPlanner.PlanKey(Today), plan.Key);
        Assert.StartsWith("Hip work · Wed 25 Nov", plan.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(new ClaimPlan(Today, 1, PlanSent: true), Assert.Single(tapped.Effects.OfType<ClaimPlan>()));
        var tomorrow = DailyPlanner.Run(tapped.State, Context(At(Today.PlusDays(1), 7)));
        Assert.Single(tomorrow.Out.OfType<SendMessage>(), m => m.Key == DailyPlanner.PlanKey(Today.PlusDays(1)));
    }

    [Fact]
    public void A_second_tap_sends_nothing_twice()
    {
        var back = PrivateChat.Handle(AfterTheFarewell(), Text("hi"), Context(TodayAt(10)));
        var once = PrivateChat.Handle(back.State, Press("again:2026-11-25"), Context(TodayAt(10, 1)));

        var twice = PrivateChat.Handle(once.State, Press("again:2026-11-25"), Context(TodayAt(10, 2)));

        // The answer is said, but no second plan goes out.
        Assert.DoesNotContain(twice.Out.OfType<SendMessage>(), m => m.Key is not null);
        Assert.DoesNotContain(twice.Effects, e => e is ClaimPlan);
        Assert.Equal("Today's exercises are in the chat already.", Toast(twice.Out));
    }

    [Fact]
    public void Without_coming_back_the_plans_stay_away()
    {
        var turn = DailyPlanner.Run(AfterTheFarewell() with { NextPlanAt = At(Today.PlusDays(1), 7) }, Context(At(Today.PlusDays(1), 7)));

        Assert.Empty(turn.Out);
    }

    [Fact]
    public void A_welcome_on_the_plan_after_a_pause_is_the_only_welcome_of_that_return()
    {
        var paused = Runner(lastWrote: At(Today.PlusDays(-10), 9)) with
        {
            Status = ChatStatus.Paused,
            LastPlanDate = Today.PlusDays(-10),
            NextPlanAt = TodayAt(7),
            Habit = Runner().Habit with { PausedFrom = Today.PlusDays(-9), PausedUntil = Today, LastUserInputAt = At(Today.PlusDays(-10), 9) },
        };
        var plan = DailyPlanner.Run(paused, Context(TodayAt(7)));
        Assert.Contains("Welcome back", Assert.Single(plan.Out.OfType<SendMessage>()).Reply.Text, StringComparison.Ordinal);

        var reply = PrivateChat.Handle(plan.State, Text("done"), Context(TodayAt(8)));

        Assert.DoesNotContain(Texts(reply.Out), t => t.Contains("Welcome back", StringComparison.Ordinal));
    }

    [Fact]
    public void Days_the_ladder_held_back_close_as_nothing_not_as_misses()
    {
        // The last five plans were held back (not in the plans sent): nothing to close but neutral days.
        var state = AfterTheFarewell() with { Habit = AfterTheFarewell().Habit with { LastClosedDate = Today.PlusDays(-6) } };
        var context = Context(TodayAt(13)) with { PlannedDates = new HashSet<LocalDate>() };

        var closed = DayClosing.CloseDue(state, context);

        Assert.Empty(closed.Effects);
        Assert.Equal(14, closed.State.Habit.ConsecutiveMisses);
    }
}
