using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Streaks;

/// <summary>A training day HipBot never sent a plan for can only count if the user logged something.</summary>
public class NoPlanDaysTests
{
    private static ChatContext WithoutPlanOn(LocalDate date, Instant now) =>
        Context(now) with { PlannedDates = Context(now).PlannedDates.Where(d => d != date).ToHashSet() };

    [Fact]
    public void A_training_day_without_a_plan_and_without_work_closes_as_nothing_and_keeps_the_streak()
    {
        var state = Runner(lastClosed: Yesterday.PlusDays(-1)) with
        {
            Habit = Runner().Habit with { LastClosedDate = Yesterday.PlusDays(-1), Streak = new StreakState(5, 5) },
        };

        var turn = DayClosing.CloseDue(state, WithoutPlanOn(Yesterday, TodayAt(13)));

        Assert.Empty(turn.Effects);
        Assert.Equal(Yesterday, turn.State.Habit.LastClosedDate);
        Assert.Equal(new StreakState(5, 5), turn.State.Habit.Streak);
    }

    [Fact]
    public void Work_logged_on_a_day_without_a_plan_still_counts()
    {
        var state = Runner(lastClosed: Yesterday.PlusDays(-1));
        var context = WithoutPlanOn(Yesterday, TodayAt(13)) with { Logs = Context(TodayAt(13), Full(Yesterday)).Logs };

        var turn = DayClosing.CloseDue(state, context);

        Assert.Equal(new SaveOutcome(Yesterday, DayOutcome.Done), Assert.Single(turn.Effects));
    }

    [Fact]
    public void A_day_without_a_plan_does_not_lengthen_the_run_of_misses_the_ladder_sees()
    {
        var state = Runner(lastClosed: Yesterday.PlusDays(-1)) with
        {
            Habit = Runner().Habit with { LastClosedDate = Yesterday.PlusDays(-1), ConsecutiveMisses = 1 },
        };

        Assert.Equal(1, DayClosing.MissesBefore(state, WithoutPlanOn(Yesterday, TodayAt(7)), Today));
        Assert.Equal(2, DayClosing.MissesBefore(state, Context(TodayAt(7)), Today));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("no")]
    [InlineData("nope")]
    public void A_bare_yes_or_no_asks_what_it_means_instead_of_logging_a_day(string answer)
    {
        var turn = PrivateChat.Handle(Runner(), Text(answer), Context(TodayAt(10)));

        Assert.Empty(turn.Effects);
        Assert.Contains(PlanButton(PlanAction.Done, Today), ButtonData(turn.Out));
        Assert.Contains(PlanButton(PlanAction.Skip, Today), ButtonData(turn.Out));
    }

    [Fact]
    public void Done_still_logs_the_day()
    {
        var turn = PrivateChat.Handle(Runner(), Text("done"), Context(TodayAt(10)));

        Assert.IsType<SaveCheckIn>(Assert.Single(turn.Effects));
    }
}
