using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Setup.Parsing;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Training;

/// <summary>"N times a week, any days": plans on preferred days while the week needs them, any day's work counts, weeks are the unit.</summary>
public class WeeklyTargetTests
{
    private static readonly LocalDate Monday = Today.PlusDays(-2);
    private static readonly LocalDate Sunday = Monday.PlusDays(6);

    /// <summary>Ana, twice a week on any days, plans on Tuesdays and Thursdays; since a fortnight ago.</summary>
    private static ChatState Twice(LocalDate lastClosed) => Runner(lastClosed: lastClosed, days: TrainingDays.Tuesday | TrainingDays.Thursday) with
    {
        Settings = BerlinSettings(TrainingDays.Tuesday | TrainingDays.Thursday) with { TimesPerWeek = 2 },
        JoinedOn = Monday.PlusDays(-14),
    };

    [Theory]
    [InlineData("3 times a week, any days", 3)]
    [InlineData("any 3 days", 3)]
    [InlineData("3x a week any day", 3)]
    [InlineData("twice a week, whichever days", 2)]
    [InlineData("Four a week, flexible", 4)]
    [InlineData("3 days a week", null)]
    [InlineData("mon wed fri", null)]
    [InlineData("any day", null)]
    [InlineData("8 times a week any days", null)]
    [InlineData("any 2 or 3 days", null)]
    public void A_number_a_week_on_any_days_is_a_weekly_target(string text, int? times) =>
        Assert.Equal(times, WeeklyTargetAnswer.Parse(text));

    [Fact]
    public void The_days_question_takes_a_weekly_target_and_the_summary_says_so()
    {
        var state = Runner() with { Conversation = new HipBot.Core.Setup.Conversation(HipBot.Core.Setup.Question.TrainingDays, BerlinSettings(), ChangingOne: true) };

        var turn = PrivateChat.Handle(state, Text("3 times a week, any days"), Context(TodayAt(9)));

        Assert.Equal(new WeeklyTarget(3, TrainingDays.MonWedFri), turn.State.Settings.Schedule);
        Assert.Contains("📅 Days: 3 times a week, any days (plans on Mon, Wed, Fri while the week needs them)", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void A_week_with_its_sessions_in_gets_no_more_plans_and_the_next_comes_next_week()
    {
        // Work on Monday and Wednesday (neither a plan day): Thursday's plan is not needed.
        var state = Twice(lastClosed: Yesterday) with { LastPlanDate = Monday.PlusDays(1), NextPlanAt = At(Monday.PlusDays(3), 7) };

        var turn = DailyPlanner.Run(state, Context(At(Monday.PlusDays(3), 7), Full(Monday), Partial(Today)));

        Assert.Empty(turn.Out);
        Assert.Null(turn.PlanDate);
        Assert.Equal(At(Monday.PlusDays(8), 7), turn.State.NextPlanAt);
    }

    [Fact]
    public void A_week_still_short_gets_its_plan_on_a_preferred_day()
    {
        var state = Twice(lastClosed: Yesterday) with { LastPlanDate = Monday.PlusDays(1), NextPlanAt = At(Monday.PlusDays(3), 7) };

        var turn = DailyPlanner.Run(state, Context(At(Monday.PlusDays(3), 7), Full(Monday)));

        Assert.Single(turn.Out.OfType<SendMessage>(), m => m.Key == DailyPlanner.PlanKey(Monday.PlusDays(3)));
    }

    [Fact]
    public void Work_on_any_day_counts_and_a_week_met_extends_the_streak_by_one_week()
    {
        var state = Twice(lastClosed: Monday.PlusDays(-1)) with { Habit = Twice(Monday.PlusDays(-1)).Habit with { Streak = new StreakState(2, 2) } };

        var closed = DayClosing.CloseDue(state, Context(At(Sunday.PlusDays(1), 13), Full(Monday), Partial(Sunday.PlusDays(-1))));

        Assert.Equal([new SaveOutcome(Monday, DayOutcome.Done), new SaveOutcome(Sunday.PlusDays(-1), DayOutcome.Partial)], closed.Effects);
        Assert.Equal(new StreakState(3, 3), closed.State.Habit.Streak);
        Assert.Equal(0, closed.State.Habit.ConsecutiveMisses);
    }

    [Fact]
    public void A_week_short_of_its_target_breaks_the_streak_and_counts_the_sessions_it_lacked()
    {
        var state = Twice(lastClosed: Monday.PlusDays(-1)) with { Habit = Twice(Monday.PlusDays(-1)).Habit with { Streak = new StreakState(2, 2) } };

        var closed = DayClosing.CloseDue(state, Context(At(Sunday.PlusDays(1), 13), Full(Monday.PlusDays(3))));

        Assert.Equal(new StreakState(0, 2), closed.State.Habit.Streak);
        Assert.Equal(1, closed.State.Habit.ConsecutiveMisses);
        Assert.DoesNotContain(closed.Effects.OfType<SaveOutcome>(), o => o.Outcome == DayOutcome.Missed);
    }

    [Fact]
    public void A_late_check_in_that_completes_a_closed_week_counts_it()
    {
        var state = Twice(lastClosed: Sunday) with { Habit = Twice(Sunday).Habit with { Streak = new StreakState(0, 2), ConsecutiveMisses = 1 } };
        var context = Context(At(Sunday.PlusDays(1), 13), Full(Monday.PlusDays(3))) with
        {
            Outcomes = Outcomes((Monday.PlusDays(3), DayOutcome.Done)),
        };

        // On Monday afternoon: "done yesterday" for Sunday.
        var turn = PrivateChat.Handle(state, Text("done yesterday"), context);

        Assert.Contains(new SaveOutcome(Sunday, DayOutcome.Done), turn.Effects);
        Assert.Equal(1, turn.State.Habit.Streak.Current);
    }

    [Fact]
    public void Stats_count_weeks_met()
    {
        var state = Twice(lastClosed: Yesterday) with { Habit = Twice(Yesterday).Habit with { Streak = new StreakState(1, 1) } };
        var context = Context(TodayAt(9), Full(Monday)) with
        {
            Outcomes = Outcomes(
                (Monday.PlusDays(-14), DayOutcome.Done), (Monday.PlusDays(-12), DayOutcome.Done),
                (Monday.PlusDays(-6), DayOutcome.Done), (Monday.PlusDays(-1), DayOutcome.Partial), (Monday, DayOutcome.Done)),
        };

        var stats = LastText(PrivateChat.Handle(state, Command("stats"), context).Out.OfType<SendMessage>().Take(1));

        Assert.Contains("🔥 Streak: 1 week met (best 1)", stats, StringComparison.Ordinal);
        Assert.Contains("This week: 1 of 2 sessions", stats, StringComparison.Ordinal);
        Assert.Contains("Last 4 weeks: 2 of 2 weeks met (100%)", stats, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_on_a_day_without_a_plan_never_moves_in_weekly_mode()
    {
        var state = Twice(lastClosed: Yesterday);

        var turn = PrivateChat.Handle(state, Text("done"), Context(TodayAt(18)));

        Assert.Equal(Today, Assert.Single(turn.Effects.OfType<SaveCheckIn>()).Date);
        Assert.Contains("This week: 1 of 2 sessions.", LastText(turn.Out), StringComparison.Ordinal);
    }
}
