namespace HipBot.Shell.Scheduling;

/// <summary>
/// How a scheduler works through what is due: in batches, each batch's chats or groups side by side (the one writer
/// commits the turns that are ready together). A failed one is logged and stays due for the next tick; a short batch, or
/// one in which everything failed, ends the round, so a broken row cannot keep the loop spinning.
/// </summary>
public static class DueBatches
{
    public const int Size = 500;

    /// <summary>Runs every due id; returns the sum of what <paramref name="run"/> returned (messages queued).</summary>
    /// <param name="nextDue">The next batch of due ids, at most the size given; asked again after each full batch.</param>
    public static async Task<int> RunAsync(
        Func<int, Task<IReadOnlyList<long>>> nextDue, Func<long, Task<int>> run, Action<Exception, long> logFailure,
        CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var due = await nextDue(Size);
            var failed = 0;
            var results = await Task.WhenAll(due.Select(async id =>
            {
                try
                {
                    return await run(id);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    Interlocked.Increment(ref failed);
                    logFailure(ex, id);
                    return 0;
                }
            }));
            total += results.Sum();
            if (due.Count < Size || failed == due.Count)
            {
                return total;
            }
        }
    }
}
