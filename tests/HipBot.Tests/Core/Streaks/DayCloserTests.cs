using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Tests.Core.Streaks;

public class DayCloserTests
{
    private static readonly LocalDate Monday = new(2025, 11, 24);

    [Theory]
    [InlineData(LoggedWork.Full, DayOutcome.Done)]
    [InlineData(LoggedWork.Partial, DayOutcome.Partial)]
    [InlineData(LoggedWork.Skipped, DayOutcome.Skipped)]
    [InlineData(LoggedWork.Nothing, DayOutcome.Missed)]
    public void A_training_day_closes_as_what_was_logged(LoggedWork logged, DayOutcome expected) =>
        Assert.Equal(expected, DayCloser.Close(isTrainingDay: true, logged, wasPaused: false));

    [Theory]
    [InlineData(LoggedWork.Full)]
    [InlineData(LoggedWork.Nothing)]
    public void A_rest_day_has_no_outcome_even_with_work_logged(LoggedWork logged) =>
        Assert.Null(DayCloser.Close(isTrainingDay: false, logged, wasPaused: true));

    [Fact]
    public void An_empty_day_during_a_pause_counts_as_paused_not_missed() =>
        Assert.Equal(DayOutcome.Paused, DayCloser.Close(isTrainingDay: true, LoggedWork.Nothing, wasPaused: true));

    [Theory]
    [InlineData(LoggedWork.Full, DayOutcome.Done)]
    [InlineData(LoggedWork.Partial, DayOutcome.Partial)]
    [InlineData(LoggedWork.Skipped, DayOutcome.Skipped)]
    public void A_pause_that_starts_mid_day_keeps_what_was_logged_before_it(LoggedWork logged, DayOutcome expected) =>
        Assert.Equal(expected, DayCloser.Close(isTrainingDay: true, logged, wasPaused: true));

    [Fact]
    public void A_day_closes_at_noon_the_next_local_day() =>
        Assert.Equal(new LocalDateTime(2025, 11, 25, 12, 0), DayCloser.ClosesAt(Monday));

    [Fact]
    public void Done_yesterday_sent_the_next_morning_still_lands_on_an_open_day()
    {
        Assert.False(DayCloser.IsClosed(Monday, new LocalDateTime(2025, 11, 25, 9, 30)));
        Assert.False(DayCloser.IsClosed(Monday, new LocalDateTime(2025, 11, 25, 11, 59, 59)));
        Assert.True(DayCloser.IsClosed(Monday, new LocalDateTime(2025, 11, 25, 12, 0)));
    }

    [Theory]
    [InlineData(DayOutcome.Missed, LoggedWork.Full, DayOutcome.Done)]
    [InlineData(DayOutcome.Missed, LoggedWork.Partial, DayOutcome.Partial)]
    [InlineData(DayOutcome.Missed, LoggedWork.Skipped, DayOutcome.Skipped)]
    [InlineData(DayOutcome.Missed, LoggedWork.Nothing, DayOutcome.Missed)]
    [InlineData(DayOutcome.Partial, LoggedWork.Full, DayOutcome.Done)]
    [InlineData(DayOutcome.Done, LoggedWork.Partial, DayOutcome.Done)]
    [InlineData(DayOutcome.Done, LoggedWork.Skipped, DayOutcome.Done)]
    [InlineData(DayOutcome.Paused, LoggedWork.Full, DayOutcome.Done)]
    [InlineData(DayOutcome.Skipped, LoggedWork.Partial, DayOutcome.Partial)]
    public void A_backfill_after_the_day_closed_corrects_it_and_never_makes_it_worse(DayOutcome existing, LoggedWork log, DayOutcome expected) =>
        Assert.Equal(expected, DayCloser.Backfill(existing, log));

    [Fact]
    public void A_backfill_after_the_day_closed_mends_the_streak_on_recompute()
    {
        var history = new List<(LocalDate, DayOutcome)>
        {
            (Monday, DayOutcome.Done),
            (Monday.PlusDays(2), DayOutcome.Missed),
            (Monday.PlusDays(4), DayOutcome.Done),
        };
        Assert.Equal(new StreakState(1, 1), StreakRules.FromHistory(history));

        history.Add((Monday.PlusDays(2), DayCloser.Backfill(DayOutcome.Missed, LoggedWork.Full)));

        Assert.Equal(new StreakState(3, 3), StreakRules.FromHistory(history));
    }
}
