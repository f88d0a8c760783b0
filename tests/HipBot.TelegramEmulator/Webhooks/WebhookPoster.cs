using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace HipBot.TelegramEmulator.Webhooks;

/// <summary>
/// Delivers pending updates to the bot's webhook as Telegram does: one at a time, in order, each POSTed as JSON with the
/// secret in X-Telegram-Bot-Api-Secret-Token; an update leaves the queue only on a 2xx, and any other answer (or none)
/// is retried after <see cref="EmulatorOptions.WebhookRetryDelay"/>. One loop per setWebhook; deleteWebhook or a new
/// setWebhook ends it.
/// </summary>
internal static class WebhookPoster
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(30) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static async Task RunAsync(EmulatorState state, Uri url, string? secret, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            QueuedUpdate? next;
            Task changed;
            lock (state.Gate)
            {
                next = state.Updates.Peek();
                changed = state.Updates.Changed.Next;
            }

            try
            {
                if (next is null)
                {
                    await changed.WaitAsync(stop).ConfigureAwait(false);
                    continue;
                }

                if (!await PostAsync(state, url, secret, next, stop).ConfigureAwait(false))
                {
                    await Task.Delay(state.Options.WebhookRetryDelay, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Posts one update; true when Telegram would count it delivered.</summary>
    private static async Task<bool> PostAsync(EmulatorState state, Uri url, string? secret, QueuedUpdate update, CancellationToken stop)
    {
        var elapsed = state.Elapsed;
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(update.Json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (secret is not null)
        {
            request.Headers.Add(SecretHeader, secret);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop);
        deadline.CancelAfter(state.Options.DefaultTimeout);
        int status;
        string? error;
        try
        {
            using var response = await Http.SendAsync(request, deadline.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : string.Create(CultureInfo.InvariantCulture, $"Wrong response from the webhook: {status} {response.ReasonPhrase}");
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !stop.IsCancellationRequested)
        {
            status = 0;
            error = ex is OperationCanceledException ? "Timeout expired" : "Connection failed: " + ex.Message;
        }

        lock (state.Gate)
        {
            var lost = status is >= 200 and < 300 && state.Webhook.AnswersToLose > 0;
            if (lost)
            {
                state.Webhook.AnswersToLose--;
                error = "the answer was lost (injected)";
            }

            var delivery = new WebhookDelivery(update.Id, elapsed, status, error, lost);
            state.Webhook.Record(delivery, state.Options.TimeProvider.GetUtcNow());
            if (delivery.Delivered)
            {
                state.Updates.Acknowledge(update);
            }

            return delivery.Delivered;
        }
    }
}
