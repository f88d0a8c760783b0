using HipBot.Shell.Scheduling;

namespace HipBot.Tests.Shell.Scheduling;

/// <summary>When the scheduler looks again: plans are set to the minute, so it looks just as each minute begins.</summary>
public class PlanSchedulerTimingTests
{
    [Theory]
    // Five seconds before 07:00: it looks again just past 07:00:00, not up to twenty seconds later.
    [InlineData("2026-11-25T06:59:55.000Z", 5_005)]
    [InlineData("2026-11-25T06:59:59.990Z", 15)]
    // Early in a minute: no longer than the tick, so a snooze that ends mid-minute is not kept waiting.
    [InlineData("2026-11-25T07:00:00.000Z", 20_000)]
    [InlineData("2026-11-25T07:00:39.000Z", 20_000)]
    [InlineData("2026-11-25T07:00:41.000Z", 19_005)]
    public void Looks_again_just_past_the_next_minute_or_after_the_tick(string now, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), PlanScheduler.UntilNextLook(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
