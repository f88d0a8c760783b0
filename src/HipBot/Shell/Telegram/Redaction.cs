namespace HipBot.Shell.Telegram;

/// <summary>
/// Scrubs the bot token from text: Telegram.Bot puts the token in every request URL, and an error from a lower layer
/// could echo one. Every log call passes through it (see <see cref="Logging.RedactingLogger"/>); <see cref="Describe"/>
/// is the short error text stored with a failed update or message.
/// </summary>
public sealed class Redaction(string token)
{
    // The part after the colon is the secret (the part before it is the bot's public id); it is scrubbed on its own too,
    // so a URL-encoded token ("123%3AAA…") or a split one is caught as well.
    private readonly string[] secrets = [.. new[] { token, token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..] }
        .Where(s => !string.IsNullOrWhiteSpace(s))
        .Distinct(StringComparer.Ordinal)];

    public string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 4; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }
        return Scrub(string.Join(" ← ", parts));
    }

    public string Scrub(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, "<token>", StringComparison.Ordinal);
        }
        return text;
    }
}
