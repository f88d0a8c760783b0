namespace HipBot.Shell.Telegram;

/// <summary>How the inbox retries an update whose handling failed (section "Inbox").</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    public static readonly TimeSpan DefaultRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>How many times an update is tried before it is parked.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; each further failure doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = DefaultRetryDelay;
}
