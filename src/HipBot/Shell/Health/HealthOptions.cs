using HipBot.Shell.Hosting;

namespace HipBot.Shell.Health;

/// <summary>What "ready" allows (section "Health").</summary>
public sealed class HealthOptions : IOptionsSection
{
    public const string Section = "Health";

    static string IOptionsSection.Section => Section;

    /// <summary>
    /// How long a message may wait, due, while the sender gets no answer from Telegram at all, before the outbox counts
    /// as stuck. A big backlog the sender works through is not stuck, however long it takes.
    /// </summary>
    public TimeSpan OutboxStuckAfter { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<string> Problems()
    {
        if (OutboxStuckAfter <= TimeSpan.Zero)
        {
            yield return $"{Section}__{nameof(OutboxStuckAfter)} must be longer than zero, such as 00:10:00 (it is {OutboxStuckAfter:c}).";
        }
    }
}
