using HipBot.Shell.Hosting;

namespace HipBot.Shell.Telegram;

/// <summary>How the inbox retries an update whose handling failed (section "Inbox").</summary>
public sealed class InboxOptions : IOptionsSection
{
    public const string Section = "Inbox";

    static string IOptionsSection.Section => Section;

    /// <summary>How many times an update is tried before it is parked.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; each further failure doubles it.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public IEnumerable<string> Problems()
    {
        if (MaxAttempts < 1)
        {
            yield return $"{Section}__{nameof(MaxAttempts)} must be at least 1 (it is {MaxAttempts}).";
        }
        if (RetryDelay <= TimeSpan.Zero)
        {
            yield return $"{Section}__{nameof(RetryDelay)} must be longer than zero, such as 00:00:01 (it is {RetryDelay:c}).";
        }
    }
}
