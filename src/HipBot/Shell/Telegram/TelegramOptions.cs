using System.Text.RegularExpressions;
using HipBot.Shell.Hosting;

namespace HipBot.Shell.Telegram;

public sealed partial class TelegramOptions : IOptionsSection
{
    public const string Section = "Telegram";

    static string IOptionsSection.Section => Section;

    /// <summary>The token BotFather gives: "123456789:AA…". A secret: never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Another Bot API server (a local one, or the test emulator); empty means Telegram's.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <remarks>No line echoes the token, not even a malformed one: it may be a real token pasted with a typo.</remarks>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(BotToken))
        {
            yield return "HipBot needs a bot token: set Telegram__BotToken (or Telegram:BotToken in appsettings.json) to the token BotFather gave you.";
        }
        else if (!TokenShape().IsMatch(BotToken))
        {
            // The shape also keeps the log redaction sound: the secret part is long and made only of characters that
            // URL- and JSON-encoding leave as they are, so no encoding of it can slip past the scrubbing.
            yield return "Telegram__BotToken does not look like a bot token (digits, a colon, then about 35 letters, digits, '-' or '_'). Copy it again from BotFather.";
        }
        if (!string.IsNullOrWhiteSpace(ApiBaseUrl) && !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _))
        {
            yield return "Telegram__ApiBaseUrl must be an absolute URL such as http://127.0.0.1:8081, or empty for Telegram's own server.";
        }
    }

    [GeneratedRegex(@"^[0-9]{3,20}:[A-Za-z0-9_-]{30,64}$")]
    private static partial Regex TokenShape();
}
