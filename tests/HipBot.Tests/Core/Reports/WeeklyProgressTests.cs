using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Reports;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Reports;

/// <summary>Wednesday 25 November 2026 is today, so this week began on Monday 23 November and the chart on Monday 7 September.</summary>
public class WeeklyProgressTests
{
    private static readonly LocalDate ThisMonday = new(2026, 11, 23);
    private static readonly LocalDate LastMonday = ThisMonday.PlusDays(-7);

    private static ChatState MonWedFri(int level = 1) => Runner(days: TrainingDays.MonWedFri, level: level);

    private static ProgressChart Chart(ChatState state, ChatContext context, IReadOnlyDictionary<LocalDate, DayOutcome> outcomes) =>
        WeeklyProgress.Chart(state, context.For(state), Today, outcomes);

    [Fact]
    public void Each_week_counts_full_and_partial_sessions_against_its_training_days()
    {
        var outcomes = Outcomes(
            (LastMonday, DayOutcome.Done), (LastMonday.PlusDays(2), DayOutcome.Partial), (LastMonday.PlusDays(4), DayOutcome.Missed),
            (ThisMonday, DayOutcome.Done));

        var chart = Chart(MonWedFri(), Context(TodayAt(9)), outcomes);

        Assert.Equal(ProgressChart.WeekCount, chart.Weeks.Count);
        Assert.Equal(new LocalDate(2026, 9, 7), chart.Weeks[0].Monday);
        Assert.Equal(new ChartWeek(LastMonday, Done: 1, Partial: 1, Planned: 3, Upcoming: 0, Level: null), chart.Weeks[10]);
        // Today and Friday are still to come: in the plan, not yet held against it.
        Assert.Equal(new ChartWeek(ThisMonday, Done: 1, Partial: 0, Planned: 3, Upcoming: 2, Level: 1), chart.Weeks[11]);
        Assert.Equal("2/3", chart.Count(10));
        Assert.Equal("7 Sep", chart.Label(0));
        Assert.Equal("this week", chart.Label(11));
    }

    [Fact]
    public void Paused_skipped_and_rest_days_are_no_part_of_the_plan()
    {
        var openSinceMonday = Runner(lastClosed: ThisMonday.PlusDays(-1), days: TrainingDays.MonWedFri);
        var paused = openSinceMonday with { Habit = openSinceMonday.Habit with { PausedFrom = Today, PausedUntil = Today.PlusDays(7) } };
        var outcomes = Outcomes((LastMonday, DayOutcome.Paused), (LastMonday.PlusDays(2), DayOutcome.Skipped), (LastMonday.PlusDays(4), DayOutcome.Done));

        var chart = Chart(paused, Context(TodayAt(9)), outcomes);

        // A skip is out of the plan, as it is out of adherence and the streak.
        Assert.Equal((1, 1), (chart.Weeks[10].Sessions, chart.Weeks[10].Planned));
        // Monday passed with nothing logged but a plan sent, so it still counts; the rest of the week is paused.
        Assert.Equal((0, 1, 0), (chart.Weeks[11].Sessions, chart.Weeks[11].Planned, chart.Weeks[11].Upcoming));
    }

    [Fact]
    public void A_level_change_is_marked_in_the_week_its_first_plan_came()
    {
        var context = Context(TodayAt(9)) with
        {
            PlanLevels = new Dictionary<LocalDate, int>
            {
                [new LocalDate(2026, 8, 31)] = 2,
                [new LocalDate(2026, 9, 30)] = 2,
                [new LocalDate(2026, 10, 14)] = 3,
                [new LocalDate(2026, 10, 16)] = 3,
            },
        };

        var chart = Chart(MonWedFri(level: 4), context, Outcomes());

        // The plan a week before the chart gives its first week a level; this week shows the level now.
        Assert.Equal((0, 2), chart.FirstLevel());
        Assert.Equal([(5, 3), (11, 4)], chart.LevelChanges());
        Assert.Equal(3, chart.Weeks[10].Level);
    }

    [Fact]
    public void A_chart_with_no_plan_yet_names_no_level_before_this_week()
    {
        var chart = Chart(MonWedFri(level: 2), Context(TodayAt(9)), Outcomes());

        Assert.Equal((11, 2), chart.FirstLevel());
        Assert.Empty(chart.LevelChanges());
    }

    [Fact]
    public void The_caption_counts_sessions_against_the_plan_so_far()
    {
        var outcomes = Outcomes(
            (LastMonday, DayOutcome.Done), (LastMonday.PlusDays(2), DayOutcome.Partial), (LastMonday.PlusDays(4), DayOutcome.Missed),
            (ThisMonday, DayOutcome.Done));

        var caption = WeeklyProgress.Caption(Chart(MonWedFri(), Context(TodayAt(9)), outcomes));

        Assert.Equal("Last 12 weeks: 3 of 4 planned sessions so far (75%), 1 of them partial.", caption);
    }

    [Fact]
    public void A_new_user_s_caption_says_how_the_weeks_will_fill_in()
    {
        var fresh = MonWedFri() with { Habit = MonWedFri().Habit with { LastClosedDate = Yesterday } };

        var caption = WeeklyProgress.Caption(Chart(fresh, Context(TodayAt(9)) with { PlannedDates = new HashSet<LocalDate>() }, Outcomes()));

        Assert.StartsWith("Your weeks fill in here as you train", caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_sends_the_numbers_first_and_the_picture_after_them()
    {
        var context = Context(TodayAt(9), Full(Today)) with { Outcomes = Outcomes((LastMonday, DayOutcome.Done)) };

        var turn = PrivateChat.Handle(MonWedFri(), Command("stats"), context);

        Assert.StartsWith("📊 Your hip stats", Assert.IsType<SendMessage>(turn.Out[0]).Reply.Text, StringComparison.Ordinal);
        var chart = Assert.IsType<SendChart>(turn.Out[1]);
        // Today's session, logged this morning and not closed yet, is already in this week's bar.
        Assert.Equal(1, chart.Chart.Weeks[^1].Done);
        Assert.Equal(WeeklyProgress.Caption(chart.Chart), chart.Caption);
    }
}
