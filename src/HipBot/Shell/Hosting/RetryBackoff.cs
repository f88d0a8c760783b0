namespace HipBot.Shell.Hosting;

/// <summary>
/// How long to wait before trying again after failures in a row: <see cref="First"/> after the first, twice as long
/// after each one more, never longer than <see cref="Max"/>. The one back-off of the shell, so every loop that retries
/// slows down the same way.
/// </summary>
public sealed record RetryBackoff
{
    public RetryBackoff(TimeSpan first, TimeSpan max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, first);
        First = first;
        Max = max;
    }

    public TimeSpan First { get; }

    public TimeSpan Max { get; }

    /// <summary>The wait after <paramref name="failures"/> failed tries in a row, counting the one just now (1 after the first).</summary>
    /// <remarks>A count below 1 is taken as 1: a caller off by one waits too little, never not at all.</remarks>
    public TimeSpan After(int failures)
    {
        var doublings = Math.Max(0, failures - 1);
        // Compared before shifting, so no count, however large, overflows: past Max the answer is Max.
        return doublings < 63 && First.Ticks <= Max.Ticks >> doublings
            ? TimeSpan.FromTicks(First.Ticks << doublings)
            : Max;
    }
}
