using HipBot.Shell.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace HipBot.Tests.Shell.Hosting;

public class DoorbellTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Many_rings_wake_the_loop_once()
    {
        using var bell = new OutboxDoorbell();

        for (var i = 0; i < 1_000; i++)
        {
            bell.Ring();
        }

        await bell.WaitAsync(TimeSpan.FromHours(1), time, CancellationToken.None);
        var second = bell.WaitAsync(TimeSpan.FromMinutes(1), time, CancellationToken.None);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    [Fact]
    public async Task A_ring_after_the_wake_up_wakes_the_loop_again()
    {
        using var bell = new InboxDoorbell();
        bell.Ring();
        await bell.WaitAsync(TimeSpan.FromHours(1), time, CancellationToken.None);

        var next = bell.WaitAsync(TimeSpan.FromHours(1), time, CancellationToken.None);
        Assert.False(next.IsCompleted);
        bell.Ring();

        await next.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
    }

    [Fact]
    public void Ringing_a_bell_that_is_ringing_already_throws_nothing_inside()
    {
        using var bell = new OutboxDoorbell();
        bell.Ring();
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            // Only this bell's: other tests run beside this one.
            if (e.Exception is SemaphoreFullException && Environment.StackTrace.Contains(nameof(Ringing_a_bell_that_is_ringing_already_throws_nothing_inside), StringComparison.Ordinal))
            {
                Interlocked.Increment(ref thrown);
            }
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            for (var i = 0; i < 100; i++)
            {
                bell.Ring();
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, thrown);
    }
}
