using HipBot.Shell.Hosting;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Delivery;

/// <summary>
/// Keeps the sender inside Telegram's limits: a spacing per chat (private or group) and a budget for all chats
/// together.
/// </summary>
/// <remarks>
/// Telegram counts a message when it arrives, which is somewhere between the moment the request leaves and the
/// moment its answer comes back. So a send counts from <see cref="TakeGlobal"/> (it is on the wire) until a window
/// after <see cref="Sent"/> (its answer is back), and a chat's spacing runs from the answer too. Then no window of
/// Telegram's, however late or early the requests arrived, can see more than the limit: the budget is a sliding
/// window, never a token bucket, whose full bucket plus a second's refill would let twice the rate through in one
/// second.
/// </remarks>
public sealed class SendPacer
{
    private const int ForgetChatsAbove = 50_000;

    private readonly Lock gate = new();
    private readonly TransportClock clock;
    private readonly Dictionary<long, long> chatReadyAtMs = [];
    private readonly long privateSpacingMs;
    private readonly long groupSpacingMs;
    private readonly int globalBudget;
    private readonly long globalWindowMs;
    // When each send of the current window came back, oldest first; sends still on the wire are only counted.
    private readonly Queue<long> answeredAtMs = new();
    private int onTheWire;

    public SendPacer(IOptions<SenderOptions> options, TransportClock clock)
    {
        this.clock = clock;
        var settings = options.Value;
        privateSpacingMs = (long)Math.Ceiling(1_000 / settings.PrivateChatMessagesPerSecond);
        groupSpacingMs = (long)Math.Ceiling(60_000 / settings.GroupMessagesPerMinute);
        // N messages per second is N per 1 s window; a rate below one is one message per (1 / rate) s.
        var perSecond = settings.MessagesPerSecond;
        globalBudget = Math.Max(1, (int)Math.Floor(perSecond));
        // The clock reads whole milliseconds: one more keeps a window from closing early on a rounding.
        globalWindowMs = (long)Math.Ceiling(globalBudget * 1_000 / perSecond) + 1;
    }

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

    /// <summary>
    /// Takes a place in the global budget for a send about to leave, or says how long until one is free.
    /// Every place taken must be given back with <see cref="Sent"/> once the send's answer (or failure) is in.
    /// </summary>
    public TimeSpan TakeGlobal()
    {
        lock (gate)
        {
            var now = clock.NowMilliseconds;
            while (answeredAtMs.TryPeek(out var answered) && answered + globalWindowMs <= now)
            {
                answeredAtMs.Dequeue();
            }
            if (onTheWire + answeredAtMs.Count < globalBudget)
            {
                onTheWire++;
                return TimeSpan.Zero;
            }
            // A send still on the wire frees its place a whole window after its answer, so no sooner than that.
            return TimeSpan.FromMilliseconds(answeredAtMs.TryPeek(out var oldest) ? oldest + globalWindowMs - now : globalWindowMs);
        }
    }

    /// <summary>
    /// The send to <paramref name="chatId"/> that took a place with <see cref="TakeGlobal"/> is over (accepted,
    /// refused or lost): the chat's next message waits its spacing from now, and the place frees a window from now.
    /// </summary>
    public void Sent(long chatId)
    {
        lock (gate)
        {
            var now = clock.NowMilliseconds;
            if (onTheWire > 0)
            {
                onTheWire--;
                answeredAtMs.Enqueue(now);
            }
            var spacing = chatId < 0 ? groupSpacingMs : privateSpacingMs;
            chatReadyAtMs[chatId] = Math.Max(chatReadyAtMs.GetValueOrDefault(chatId), now + spacing);
            if (chatReadyAtMs.Count > ForgetChatsAbove)
            {
                Forget(now);
            }
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
