namespace HipBot.TelegramEmulator;

public sealed record EmulatorOptions
{
    /// <summary>The token the bot must use; the part before ':' is the bot's user id, as with real tokens.</summary>
    public string Token { get; init; } = "7000000001:AAEmulatedTokenForHipBotTests-0123456";

    public string BotUsername { get; init; } = "HipTestBot";

    public string BotFirstName { get; init; } = "HipBot";

    /// <summary>Stamps message dates only; rate limits always run on a real monotonic clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>How long NextMessage, NextEdit, WaitUntil and Press wait when no timeout is given.</summary>
    public TimeSpan DefaultTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Telegram caps the long-poll timeout at 50 s; a larger one is cut to this.</summary>
    public TimeSpan MaxLongPoll { get; init; } = TimeSpan.FromSeconds(50);

    public RateLimitOptions RateLimits { get; init; } = new();

    /// <summary>
    /// How long the webhook delivery waits after a failed POST (not 2xx, or no answer) before it tries the same update
    /// again. Telegram waits longer, and longer each time; tests want it short.
    /// </summary>
    public TimeSpan WebhookRetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}

/// <summary>
/// Telegram's documented sending limits. They are always measured; with <see cref="Enforce"/> a send over a limit
/// is refused with 429 and retry_after, as Telegram does.
/// </summary>
public sealed record RateLimitOptions
{
    public bool Enforce { get; init; }

    public double PrivateChatMessagesPerSecond { get; init; } = 1;

    /// <summary>How many messages a private chat may get back to back before the per-second rate applies.</summary>
    public int PrivateChatBurst { get; init; } = 3;

    public int GroupMessagesPerMinute { get; init; } = 20;

    public int GlobalMessagesPerSecond { get; init; } = 30;

    /// <summary>The global limit for a send with allow_paid_broadcast, as Telegram lifts it for paid broadcasts.</summary>
    public int PaidBroadcastMessagesPerSecond { get; init; } = 1000;
}
