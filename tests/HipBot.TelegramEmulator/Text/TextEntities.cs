using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HipBot.TelegramEmulator.Text;

/// <summary>
/// Finds the entities Telegram's servers attach to what users type: bot commands and @mentions.
/// Offsets and lengths count UTF-16 code units, as the Bot API does, which is also what .NET strings index.
/// </summary>
internal static partial class TextEntities
{
    public static JsonArray Detect(string text)
    {
        var entities = new List<(int Offset, int Length, string Type)>();
        foreach (Match match in Command().Matches(text))
        {
            entities.Add((match.Index, match.Length, "bot_command"));
        }

        foreach (Match match in Mention().Matches(text))
        {
            entities.Add((match.Index, match.Length, "mention"));
        }

        return [.. entities.OrderBy(e => e.Offset).Select(e => new JsonObject { ["offset"] = e.Offset, ["length"] = e.Length, ["type"] = e.Type })];
    }

    /// <summary>The bot a leading command is addressed to: "" for a bare /command, the name after '@' otherwise, null when the text is no command.</summary>
    public static string? LeadingCommandTarget(string text)
    {
        var match = Command().Match(text);
        if (!match.Success || match.Index != 0)
        {
            return null;
        }

        var at = match.Value.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? "" : match.Value[(at + 1)..];
    }

    public static bool Mentions(string text, string username) =>
        Mention().Matches(text).Any(m => string.Equals(m.Value[1..], username, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<![^\s])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")]
    private static partial Regex Command();

    [GeneratedRegex(@"(?<![^\s])@[A-Za-z0-9_]{4,32}(?![A-Za-z0-9_])")]
    private static partial Regex Mention();
}
