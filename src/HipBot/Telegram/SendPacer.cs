using HipBot.Hosting;
using Microsoft.Extensions.Options;

namespace HipBot.Telegram;

/// <summary>
/// Keeps the sender inside Telegram's limits: a spacing per chat (private or group) and a token
/// bucket for all chats together.
/// </summary>
public sealed class SendPacer(IOptions<SenderOptions> options, TransportClock clock)
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, long> chatReadyAtMs = [];
    private readonly double globalPerMs = options.Value.MessagesPerSecond / 1000.0;
    private double tokens = Math.Max(1, options.Value.MessagesPerSecond);
    private long refilledAtMs = clock.NowMilliseconds;

    /// <summary>How long until this chat may get its next message (zero when it may now).</summary>
    public TimeSpan ChatWait(long chatId)
    {
        lock (gate)
        {
            var now = clock.NowMilliseconds;
                return chatReadyAtMs.TryGetValue(chatId, out var ready) && ready > now
                ? TimeSpan.FromMilliseconds(ready - now)
                : TimeSpan.Zero;
        }
    }

    /// <summary>Takes one message from the global budget, or says how long until one is free.</summary>
    public TimeSpan TakeGlobal()
    {
        lock (gate)
        {
            return TakeGlobalLocked();
        }
    }

    private TimeSpan TakeGlobalLocked()
    {
        var now = clock.NowMilliseconds;
        tokens = Math.Min(Math.Max(1, options.Value.MessagesPerSecond), tokens + (now - refilledAtMs) * globalPerMs);
        refilledAtMs = now;
        if (tokens >= 1)
        {
            tokens -= 1;
            return TimeSpan.Zero;
        }
        return TimeSpan.FromMilliseconds(Math.Ceiling((1 - tokens) / globalPerMs));
    }

    /// <summary>Records a message to <paramref name="chatId"/> now, so the next one waits its turn.</summary>
    public void Sent(long chatId)
    {
        lock (gate)
        {
            SentLocked(chatId);
        }
    }

    private void SentLocked(long chatId)
    {
        var spacingMs = chatId < 0
            ? 60_000 / options.Value.GroupMessagesPerMinute
            : 1_000 / options.Value.PrivateChatMessagesPerSecond;
        chatReadyAtMs[chatId] = clock.NowMilliseconds + (long)Math.Ceiling(spacingMs);
        if (chatReadyAtMs.Count > 50_000)
        {
            Forget(clock.NowMilliseconds);
        }
    }

    /// <summary>Telegram said "retry after": hold this chat back at least that long.</summary>
    public void HoldBack(long chatId, TimeSpan wait)
    {
        lock (gate)
        {
            chatReadyAtMs[chatId] = Math.Max(chatReadyAtMs.GetValueOrDefault(chatId), clock.NowMilliseconds + (long)wait.TotalMilliseconds);
        }
    }

    private void Forget(long now)
    {
        foreach (var chat in chatReadyAtMs.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            chatReadyAtMs.Remove(chat);
        }
    }
}
