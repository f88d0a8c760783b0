namespace HipBot.Telegram;

/// <summary>Telegram's published limits, as settings so a local Bot API server or a test can change them.</summary>
public sealed class SenderOptions
{
    public const string Section = "Sender";

    /// <summary>Messages per second to one private chat.</summary>
    public double PrivateChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group.</summary>
    public double GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Messages per second to everyone together.</summary>
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>How many requests may be on the wire at once (each to a different chat).</summary>
    public int MaxConcurrentRequests { get; set; } = 8;
}
