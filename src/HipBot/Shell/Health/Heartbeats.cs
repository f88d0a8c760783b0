using HipBot.Shell.Hosting;

namespace HipBot.Shell.Health;

/// <summary>
/// The last sign of life of each loop the health check asks about, on the transport clock: the long poll (a getUpdates
/// call leaving or coming back), the webhook (Telegram took our setWebhook), the sender (Telegram answered a send).
/// Written by whoever sees the sign, read by <see cref="ReadinessCheck"/>.
/// </summary>
public sealed class Heartbeats(TransportClock clock)
{
    private long pollAt = clock.NowMilliseconds;
    private long sendAnsweredAt = clock.NowMilliseconds;
    private long webhookSetAt;

    /// <summary>When the receiver last started or finished a getUpdates call; start-up counts as one.</summary>
    public DateTimeOffset LastPoll => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref pollAt));

    /// <summary>When Telegram last answered a send, whatever it said; start-up counts as one.</summary>
    public DateTimeOffset LastSendAnswered => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref sendAnsweredAt));

    /// <summary>When Telegram took the webhook, or null while it has not since start-up.</summary>
    public DateTimeOffset? WebhookSet => Interlocked.Read(ref webhookSetAt) is > 0 and var at ? DateTimeOffset.FromUnixTimeMilliseconds(at) : null;

    public void Polled() => Interlocked.Exchange(ref pollAt, clock.NowMilliseconds);

    public void SendAnswered() => Interlocked.Exchange(ref sendAnsweredAt, clock.NowMilliseconds);

    public void WebhookRegistered() => Interlocked.Exchange(ref webhookSetAt, clock.NowMilliseconds);
}
