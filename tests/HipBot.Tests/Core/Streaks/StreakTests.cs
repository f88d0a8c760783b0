using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Streaks;

public class StreakTests
{
    private static readonly LocalDate Monday = new(2025, 11, 3);

    [Theory]
    [InlineData(DayOutcome.Done)]
    [InlineData(DayOutcome.Partial)]
    public void Done_and_partial_days_extend_the_streak(DayOutcome outcome) =>
        Assert.Equal(new StreakState(4, 4), StreakRules.Apply(new StreakState(3, 3), outcome));

    [Theory]
    [InlineData(DayOutcome.Skipped)]
    [InlineData(DayOutcome.Paused)]
    public void Skipped_and_paused_days_freeze_the_streak(DayOutcome outcome) =>
        Assert.Equal(new StreakState(3, 5), StreakRules.Apply(new StreakState(3, 5), outcome));

    [Fact]
    public void A_missed_day_resets_the_current_streak_but_keeps_the_best() =>
        Assert.Equal(new StreakState(0, 5), StreakRules.Apply(new StreakState(3, 5), DayOutcome.Missed));

    [Fact]
    public void Best_only_moves_when_current_passes_it() =>
        Assert.Equal(new StreakState(2, 5), StreakRules.Apply(new StreakState(1, 5), DayOutcome.Done));

    [Fact]
    public void Recomputing_from_history_does_not_care_about_input_order()
    {
        var history = new[]
        {
            (Monday.PlusDays(4), DayOutcome.Done),
            (Monday, DayOutcome.Done),
            (Monday.PlusDays(2), DayOutcome.Missed),
            (Monday.PlusDays(7), DayOutcome.Skipped),
            (Monday.PlusDays(9), DayOutcome.Partial),
        };
        Assert.Equal(new StreakState(2, 2), StreakRules.FromHistory(history));
    }

    [Fact]
    public void An_empty_history_has_no_streak() =>
        Assert.Equal(StreakState.Empty, StreakRules.FromHistory([]));

    [Fact]
    public void Changing_training_days_never_breaks_a_streak_by_itself()
    {
        // Three weeks on Mon/Wed/Fri, then the user switches to Tue/Thu. Every day is closed with the
        // schedule in force that day; rest days produce no outcome, so the switch leaves no gap to punish.
        var history = new List<(LocalDate, DayOutcome)>();
        for (var date = Monday; date < Monday.PlusDays(35); date = date.PlusDays(1))
        {
            var schedule = date < Monday.PlusDays(21) ? TrainingDays.MonWedFri : TrainingDays.Tuesday | TrainingDays.Thursday;
            if (DayCloser.Close(schedule.Includes(date), LoggedWork.Full, wasPaused: false) is { } outcome)
            {
                history.Add((date, outcome));
            }
        }
        Assert.Equal(new StreakState(13, 13), StreakRules.FromHistory(history));
    }

    [Fact]
    public void A_time_zone_move_that_skips_a_local_date_does_not_break_the_streak()
    {
        // Flying east can jump over a local date entirely: it never closes, so it has no outcome.
        var history = new[] { (Monday, DayOutcome.Done), (Monday.PlusDays(2), DayOutcome.Done) };
        Assert.Equal(new StreakState(2, 2), StreakRules.FromHistory(history));
    }

    [Fact]
    public void A_time_zone_move_that_repeats_a_local_date_counts_it_once()
    {
        var history = new[] { (Monday, DayOutcome.Done), (Monday.PlusDays(1), DayOutcome.Done), (Monday.PlusDays(1), DayOutcome.Done) };
        Assert.Equal(new StreakState(2, 2), StreakRules.FromHistory(history));
    }

    [Fact]
    public void Misses_for_a_one_day_a_week_runner_count_in_training_days_not_calendar_days()
    {
        var sunday = new LocalDate(2025, 11, 2);
        var history = new[]
        {
            (sunday, DayOutcome.Done),
            (sunday.PlusWeeks(1), DayOutcome.Missed),
            (sunday.PlusWeeks(2), DayOutcome.Missed),
        };
        Assert.Equal(2, StreakRules.TrailingMisses(history));
    }

    [Fact]
    public void A_skip_or_a_pause_ends_a_run_of_misses()
    {
        Assert.Equal(1, StreakRules.TrailingMisses([(Monday, DayOutcome.Missed), (Monday.PlusDays(2), DayOutcome.Skipped), (Monday.PlusDays(4), DayOutcome.Missed)]));
        Assert.Equal(0, StreakRules.TrailingMisses([(Monday, DayOutcome.Missed), (Monday.PlusDays(2), DayOutcome.Paused)]));
    }
}
