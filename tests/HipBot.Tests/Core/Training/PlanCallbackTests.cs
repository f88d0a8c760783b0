using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Training;

public class PlanCallbackTests
{
    [Theory]
    [InlineData(PlanAction.Done, "plan:done:2026-11-25")]
    [InlineData(PlanAction.Log, "plan:log:2026-11-25")]
    [InlineData(PlanAction.Skip, "plan:skip:2026-11-25")]
    [InlineData(PlanAction.Snooze, "plan:snooze:2026-11-25")]
    public void Callback_data_round_trips(PlanAction action, string data)
    {
        var callback = new PlanCallback(action, new LocalDate(2026, 11, 25));
        Assert.Equal(data, callback.ToData());
        Assert.True(PlanCallback.TryParse(data, out var parsed));
        Assert.Equal(callback, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plan:")]
    [InlineData("plan:done")]
    [InlineData("plan:done:")]
    [InlineData("plan:dance:2026-11-25")]
    [InlineData("plan:done:2026-02-30")]
    [InlineData("plan:done:2026-11-25:extra")]
    [InlineData("PLAN:done:2026-11-25")]
    [InlineData("habit:done:2026-11-25")]
    public void Anything_else_is_refused_without_throwing(string? data)
    {
        Assert.False(PlanCallback.TryParse(data, out var parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void Very_long_data_is_refused() =>
        Assert.False(PlanCallback.TryParse("plan:done:" + new string('9', 100), out _));
}
