using System.Globalization;
using HipBot.Shell.Hosting;

namespace HipBot.Shell.Delivery;

/// <summary>Telegram's published limits, as settings so a local Bot API server or a test can change them.</summary>
public sealed class SenderOptions : IOptionsSection
{
    public const string Section = "Sender";

    static string IOptionsSection.Section => Section;

    /// <summary>Messages per second to one private chat.</summary>
    public double PrivateChatMessagesPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group.</summary>
    public double GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>Messages per second to everyone together, counted over any one-second window.</summary>
    public double MessagesPerSecond { get; set; } = 30;

    /// <summary>
    /// Ask Telegram for paid broadcasting on every new message (allow_paid_broadcast): it then takes up to 1,000 messages
    /// a second, for a fee in Stars per message above the free 30. Raise <see cref="MessagesPerSecond"/> (and
    /// <see cref="MaxConcurrentRequests"/>, so enough requests are on the wire to reach it) with it.
    /// </summary>
    public bool AllowPaidBroadcast { get; set; }

    /// <summary>How many requests may be on the wire at once (each to a different chat).</summary>
    public int MaxConcurrentRequests { get; set; } = 8;

    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(PrivateChatMessagesPerSecond), PrivateChatMessagesPerSecond),
            (nameof(GroupMessagesPerMinute), GroupMessagesPerMinute),
            (nameof(MessagesPerSecond), MessagesPerSecond),
        })
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{Section}__{name} must be a positive number of messages (it is {value}).");
            }
        }
        if (MaxConcurrentRequests < 1)
        {
            yield return $"{Section}__{nameof(MaxConcurrentRequests)} must be at least 1 (it is {MaxConcurrentRequests}).";
        }
    }
}
