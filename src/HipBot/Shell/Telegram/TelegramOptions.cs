using System.Text.RegularExpressions;
using HipBot.Shell.Hosting;

namespace HipBot.Shell.Telegram;

public sealed partial class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The token BotFather gives: "123456789:AA…". A secret: never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Another Bot API server (a local one, or the test emulator); empty means Telegram's.</summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>Throws a <see cref="StartupException"/> naming the setting to fix; the message never echoes the token.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(BotToken))
        {
            throw new StartupException("HipBot needs a bot token: set Telegram__BotToken (or Telegram:BotToken in appsettings.json) to the token BotFather gave you.");
        }
        if (!TokenShape().IsMatch(BotToken))
        {
            throw new StartupException("Telegram__BotToken does not look like a bot token (digits, a colon, then about 35 letters, digits, '-' or '_'). Copy it again from BotFather.");
        }
        if (!string.IsNullOrWhiteSpace(ApiBaseUrl) && !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _))
        {
            throw new StartupException("Telegram__ApiBaseUrl must be an absolute URL such as http://127.0.0.1:8081, or empty for Telegram's own server.");
        }
    }

    [GeneratedRegex(@"^[0-9]{3,20}:[A-Za-z0-9_-]{30,64}$")]
    private static partial Regex TokenShape();
}
