using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HipBot.TelegramEmulator.Webhooks;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>
/// setWebhook, deleteWebhook and getWebhookInfo. While a webhook is set, the emulator posts every update to it (see
/// <see cref="WebhookPoster"/>) and getUpdates answers 409, as Telegram does.
/// </summary>
internal static partial class WebhookMethods
{
    public static Task<string?> Set(MethodContext context)
    {
        var state = context.State;
        var args = context.Args;
        var text = args.String("url") ?? "";
        if (text.Length == 0)
        {
            // An empty URL removes the webhook, as on Telegram.
            return Delete(context);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
        {
            // Telegram takes https only; the emulator also takes http to a loopback address, where the bot under test listens.
            throw BotApiError.BadRequest("bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = args.String("secret_token");
        if (secret is not null && !SecretShape().IsMatch(secret))
        {
            throw BotApiError.BadRequest("secret token contains unallowed characters");
        }

        var allowed = GetUpdatesMethod.AllowedUpdates(args);
        var loop = CancellationTokenSource.CreateLinkedTokenSource(state.Shutdown);
        CancellationTokenSource? replaced;
        lock (state.Gate)
        {
            if (allowed is not null)
            {
                state.Updates.SetAllowedUpdates(allowed);
            }

            if (args.Bool("drop_pending_updates"))
            {
                state.Updates.DropPending();
            }

            replaced = state.Webhook.Set(url, secret, args.Int("max_connections"), loop);
        }

        Stop(replaced);
        _ = Task.Run(() => WebhookPoster.RunAsync(state, url, secret, loop.Token), CancellationToken.None);
        return Task.FromResult<string?>("true");
    }

    public static Task<string?> Delete(MethodContext context)
    {
        var state = context.State;
        CancellationTokenSource? removed;
        lock (state.Gate)
        {
            if (context.Args.Bool("drop_pending_updates"))
            {
                state.Updates.DropPending();
            }

            removed = state.Webhook.Delete();
        }

        Stop(removed);
        return Task.FromResult<string?>("true");
    }

    public static Task<string?> GetInfo(MethodContext context)
    {
        var state = context.State;
        lock (state.Gate)
        {
            var webhook = state.Webhook;
            var info = new JsonObject
            {
                ["url"] = webhook.Url?.ToString() ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = state.Updates.PendingCount,
            };
            if (webhook.Url is not null && webhook.LastErrorAt is { } at)
            {
                info["last_error_date"] = at.ToUnixTimeSeconds();
                info["last_error_message"] = webhook.LastError;
            }

            if (webhook.MaxConnections is { } max)
            {
                info["max_connections"] = max;
            }

            return Task.FromResult<string?>(info.ToJsonString());
        }
    }

    // Called outside the lock: the old loop may be waiting on a pulse it would otherwise miss.
    private static void Stop(CancellationTokenSource? loop)
    {
        if (loop is null)
        {
            return;
        }

        loop.Cancel();
        loop.Dispose();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
