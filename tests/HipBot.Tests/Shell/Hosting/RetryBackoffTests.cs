using HipBot.Shell.Hosting;

namespace HipBot.Tests.Shell.Hosting;

public class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(10, 256)]
    [InlineData(11, 300)]
    [InlineData(1_000, 300)]
    public void The_sender_waits_half_a_second_doubling_up_to_five_minutes(int failures, double seconds)
    {
        var sender = new RetryBackoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromSeconds(seconds), sender.After(failures));
    }

    [Fact]
    public void Each_wait_doubles_the_one_before_until_the_cap()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));

        Assert.Equal([2.0, 4, 8, 16, 30, 30], Enumerable.Range(1, 6).Select(n => backoff.After(n).TotalSeconds));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_count_below_one_waits_the_first_wait(int failures)
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.After(failures));
    }

    [Theory]
    [InlineData(62)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(int.MaxValue)]
    public void No_count_overflows_even_without_a_real_cap(int failures)
    {
        var uncapped = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.MaxValue);

        Assert.Equal(TimeSpan.MaxValue, uncapped.After(failures));
    }

    [Fact]
    public void Without_a_real_cap_the_waits_keep_doubling()
    {
        var uncapped = new RetryBackoff(TimeSpan.FromSeconds(1), TimeSpan.MaxValue);

        Assert.Equal(TimeSpan.FromSeconds(1L << 20), uncapped.After(21));
    }

    [Fact]
    public void A_first_wait_of_nothing_or_a_cap_below_it_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));
    }
}
