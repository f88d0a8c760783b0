using System.Text.Json;
using HipBot.Shell.Groups;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Metrics;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Webhook;

/// <summary>
/// Telegram's POST of one update, in webhook mode. The secret header is checked first (401 without it, logged without
/// its value); then the body is stored in the inbox as it came, exactly as the long poll stores it, and only then is
/// 200 returned: a crash before the answer leaves the update stored, and Telegram's retry of it is ignored by the
/// inbox's key. A body that is no update gets 400 (Telegram would only send it again); a database that refuses gets 500,
/// so Telegram keeps the update and tries again.
/// </summary>
public sealed partial class WebhookEndpoint(
    InboxStore inbox,
    InboxDoorbell doorbell,
    TransportClock clock,
    HipBotMetrics metrics,
    IOptions<TelegramOptions> options,
    BotIdentity identity,
    ILogger<WebhookEndpoint> logger)
{
    // Telegram's updates are a few KiB; anything near this is not one.
    public const long MaxBody = 1024 * 1024;

    private readonly WebhookSecret secret = new(options.Value.WebhookSecret ?? "");

    /// <summary>The path Telegram posts to: the path of Telegram:WebhookUrl.</summary>
    public string Path { get; } = options.Value.UsesWebhook ? new Uri(options.Value.WebhookUrl!).AbsolutePath : "";

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var presented = request.Headers[WebhookSecret.Header];
        if (presented.Count != 1 || !secret.Matches(presented[0]))
        {
            SecretRefused(logger, presented.Count == 0 ? "no" : "a wrong", http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        if (await ReadAsync(http) is not { } update)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        try
        {
            using var parsed = JsonDocument.Parse(update.Json);
            if (GroupChatter.IsChatter(parsed.RootElement, identity.Id, await identity.UsernameAsync(http.RequestAborted)))
            {
                // A group's chatter reaching an admin bot: answered, so Telegram forgets it, and never stored.
                http.Response.StatusCode = StatusCodes.Status200OK;
                return;
            }
            var stored = await inbox.AddAsync([(update.UpdateId, update.ChatId, update.Json)], clock.NowMilliseconds, http.RequestAborted);
            metrics.UpdatesReceived(stored, "webhook");
        }
        catch (Exception ex) when (!http.RequestAborted.IsCancellationRequested)
        {
            // Not answered 200, so Telegram keeps the update and delivers it again.
            StoringFailed(logger, ex, update.UpdateId);
            http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }
        doorbell.Ring();
        http.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The body as an update the inbox can key, or null (logged) when it is none.</summary>
    private async Task<RawUpdate?> ReadAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBody)
        {
            NotAnUpdate(logger, "the body is too large");
            return null;
        }
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (RawUpdate.From(body.RootElement) is { } update)
            {
                return update;
            }
            NotAnUpdate(logger, $"a JSON {body.RootElement.ValueKind} without a numeric update_id");
            return null;
        }
        catch (JsonException)
        {
            NotAnUpdate(logger, "the body is not JSON");
            return null;
        }
        catch (BadHttpRequestException)
        {
            // Kestrel's limit on the body, or a body cut short.
            NotAnUpdate(logger, "the body is too large or incomplete");
            return null;
        }
    }

    [LoggerMessage(EventId = LogEvents.WebhookSecretRefused, Level = LogLevel.Warning,
        Message = "Refused a webhook request with {Which} secret token (from {Remote}): not from Telegram, or Telegram__WebhookSecret changed")]
    private static partial void SecretRefused(ILogger logger, string which, string remote);

    [LoggerMessage(EventId = LogEvents.WebhookNotAnUpdate, Level = LogLevel.Warning, Message = "Refused a webhook request that carries no update: {Reason}")]
    private static partial void NotAnUpdate(ILogger logger, string reason);

    [LoggerMessage(EventId = LogEvents.WebhookStoringFailed, Level = LogLevel.Error,
        Message = "The database refused to store update {UpdateId} from the webhook; answered 500, so Telegram delivers it again")]
    private static partial void StoringFailed(ILogger logger, Exception exception, long updateId);
}
