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

    /// <summary>How long one getUpdates call waits for news before it answers empty (Telegram's long poll), in whole seconds.</summary>
    public TimeSpan LongPollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>
    /// How long a call to Telegram may take before it is given up and retried; the long poll gets this on top of its own
    /// wait. Without it the HTTP client waits 100 s, and a few requests Telegram never answers hold everyone up.
    /// </summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Where Telegram delivers updates (webhook mode): the public https address of HipBot's webhook behind your reverse
    /// proxy. Empty (the default) means long polling. HipBot serves the webhook at this URL's path on Http__ListenUrl.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// The secret Telegram sends with every webhook request (X-Telegram-Bot-Api-Secret-Token), so no one else can post
    /// updates; required in webhook mode. A secret: never logged.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Updates come by webhook rather than by long polling.</summary>
    public bool UsesWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);

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
        if (LongPollTimeout < TimeSpan.Zero || LongPollTimeout > TimeSpan.FromSeconds(50) || LongPollTimeout.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            yield return $"{Section}__{nameof(LongPollTimeout)} must be whole seconds from 00:00:00 to 00:00:50, such as 00:00:25 (it is {LongPollTimeout:c}).";
        }
        if (RequestTimeout <= TimeSpan.Zero || RequestTimeout > TimeSpan.FromMinutes(5))
        {
            yield return $"{Section}__{nameof(RequestTimeout)} must be longer than zero and at most 00:05:00, such as 00:00:15 (it is {RequestTimeout:c}).";
        }
        foreach (var problem in WebhookProblems())
        {
            yield return problem;
        }
    }

    private IEnumerable<string> WebhookProblems()
    {
        if (!UsesWebhook)
        {
            if (!string.IsNullOrEmpty(WebhookSecret))
            {
                yield return "Telegram__WebhookSecret is set but Telegram__WebhookUrl is not: set both for webhook mode, or neither for long polling.";
            }
            yield break;
        }
        if (!Uri.TryCreate(WebhookUrl, UriKind.Absolute, out var url)
            || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            yield return "Telegram__WebhookUrl must be an https URL, such as https://bot.example.org/telegram/webhook (Telegram calls only https webhooks; "
                + "http is accepted for a loopback host such as http://127.0.0.1:8080/telegram/webhook, for tests and a local Bot API server).";
        }
        else if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            yield return "Telegram__WebhookUrl must have no query or fragment: HipBot serves the webhook at its path.";
        }
        // Never echoed: a secret with a typo is still most of the secret.
        if (string.IsNullOrEmpty(WebhookSecret))
        {
            yield return "Telegram__WebhookSecret must be set in webhook mode: 1 to 256 characters of A-Z, a-z, 0-9, _ and -, which Telegram sends with every update so no one else can post them.";
        }
        else if (!SecretShape().IsMatch(WebhookSecret))
        {
            yield return "Telegram__WebhookSecret must be 1 to 256 characters of A-Z, a-z, 0-9, _ and - only (Telegram's rule).";
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();

    [GeneratedRegex(@"^[0-9]{3,20}:[A-Za-z0-9_-]{30,64}$")]
    private static partial Regex TokenShape();
}
