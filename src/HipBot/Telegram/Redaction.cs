namespace HipBot.Telegram;

/// <summary>
/// Turns exceptions from the Bot API client into log text that cannot carry the token:
/// Telegram.Bot puts the token in every request URL, and an error from a lower layer could echo one.
/// </summary>
public sealed class Redaction(string token)
{
    public string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 4; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message}");
        }
        return Scrub(string.Join(" ← ", parts));
    }

    public string Scrub(string text) =>
        token.Length == 0 ? text : text.Replace(token, "<token>", StringComparison.Ordinal);
}
