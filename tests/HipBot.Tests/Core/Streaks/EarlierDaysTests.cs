using HipBot.Core.Streaks;
using NodaTime;

namespace HipBot.Tests.Core.Streaks;

/// <summary>A run kept for one date, carried over the days since, is the run counted afresh at the later date.</summary>
public class EarlierDaysTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 200)];

    [Theory]
    [InlineData(DayOutcome.Done)]
    [InlineData(DayOutcome.Partial)]
    public void A_session_adds_one_to_the_run(DayOutcome day) =>
        Assert.Equal(8, EarlierDays.Advance(7, [day]));

    [Fact]
    public void A_miss_restarts_the_run_and_the_sessions_after_it_count_from_nothing() =>
        Assert.Equal(2, EarlierDays.Advance(7, [DayOutcome.Done, DayOutcome.Missed, DayOutcome.Done, DayOutcome.Partial]));

    [Theory]
    [InlineData(DayOutcome.Skipped)]
    [InlineData(DayOutcome.Paused)]
    public void A_skipped_or_paused_day_holds_the_run(DayOutcome day) =>
        Assert.Equal(7, EarlierDays.Advance(7, [day]));

    [Fact]
    public void No_days_since_leave_the_run_as_it_was() =>
        Assert.Equal(7, EarlierDays.Advance(7, []));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_run_of_an_earlier_date_carried_to_a_later_one_is_the_run_counted_there(int seed)
    {
        var random = new Random(seed);
        var outcomes = new Dictionary<LocalDate, DayOutcome>();
        for (var date = Today.PlusDays(-random.Next(1, 400)); date < Today; date = date.PlusDays(1))
        {
            if (random.Next(5) > 0)
            {
                // Misses rarer than sessions, so that runs grow long enough to carry.
                outcomes[date] = random.Next(12) switch { 0 => DayOutcome.Missed, 1 => DayOutcome.Skipped, 2 => DayOutcome.Paused, 3 => DayOutcome.Partial, _ => DayOutcome.Done };
            }
        }
        var from = Today.PlusDays(-random.Next(0, 420));
        var to = from.PlusDays(random.Next(0, 90));

        var since = outcomes.Where(o => o.Key >= from && o.Key < to).OrderBy(o => o.Key).Select(o => o.Value);

        Assert.Equal(EarlierDays.Of(outcomes, to).Run, EarlierDays.Advance(EarlierDays.Of(outcomes, from).Run, since));
    }
}
