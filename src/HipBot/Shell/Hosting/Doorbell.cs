namespace HipBot.Shell.Hosting;

/// <summary>Wakes a waiting background loop when new work is stored, so it need not poll fast.</summary>
public class Doorbell : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Ring()
    {
        // Already ringing: one wake-up covers any number of rings. Looked at first because a busy bot rings far more
        // often than its loops wake (every turn rings the outbox), and a release past the count throws: the morning
        // fan-out threw about 9,000 exceptions a second here before this check.
        if (signal.CurrentCount > 0)
        {
            return;
        }
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Another ring got in between the look and the release: the bell rings all the same.
        }
    }

    public void Dispose()
    {
        signal.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Waits for a ring or for <paramref name="timeout"/> on <paramref name="clock"/>, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            await signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout passed without a ring.
        }
    }
}

/// <summary>Rung when updates land in the inbox.</summary>
public sealed class InboxDoorbell : Doorbell;

/// <summary>Rung when messages land in the outbox.</summary>
public sealed class OutboxDoorbell : Doorbell;
