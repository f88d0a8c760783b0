using System.Text.Json;
using HipBot.Shell.Health;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;
using global::Telegram.Bot.Types.Enums;

namespace HipBot.Shell.Webhook;

/// <summary>
/// Tells Telegram how HipBot receives updates, at every start. Webhook mode: setWebhook with the URL, the secret and the
/// same allowed_updates the long poll asks for. Polling mode: deleteWebhook, since Telegram refuses getUpdates while a
/// webhook is set (a bot switched back from webhook mode would otherwise hear nothing). Pending updates are never
/// dropped either way. The first try is made before the next service starts, so the long poll does not start into a
/// 409; if it fails, tries go on in the background with back-off until Telegram takes it.
/// </summary>
public sealed partial class WebhookSwitch(
    ITelegramBotClient bot,
    Heartbeats heartbeats,
    TransportClock clock,
    IOptions<TelegramOptions> options,
    ILogger<WebhookSwitch> logger) : IHostedService, IDisposable
{
    private static readonly RetryBackoff Retry = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1));
    private readonly CancellationTokenSource stopping = new();
    private Task retrying = Task.CompletedTask;

    /// <summary>The update types of <see cref="PollingReceiver.Wanted"/>, in the client's own enum.</summary>
    public static IReadOnlyList<UpdateType> Wanted { get; } =
        [.. PollingReceiver.Wanted.Select(name => JsonSerializer.Deserialize<UpdateType>($"\"{name}\"", JsonBotAPI.Options))];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await TryAsync(attempt: 1, cancellationToken))
        {
            return;
        }
        retrying = Task.Run(() => RetryAsync(stopping.Token), CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        await retrying.WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    public void Dispose() => stopping.Dispose();

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 2; !cancellationToken.IsCancellationRequested; attempt++)
        {
            try
            {
                await Task.Delay(Retry.After(attempt - 1), clock.Time, cancellationToken);
                if (await TryAsync(attempt, cancellationToken))
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<bool> TryAsync(int attempt, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.RequestTimeout);
        try
        {
            if (settings.UsesWebhook)
            {
                await bot.SetWebhook(settings.WebhookUrl!, allowedUpdates: Wanted, dropPendingUpdates: false, secretToken: settings.WebhookSecret,
                    cancellationToken: deadline.Token);
                heartbeats.WebhookRegistered();
                var site = new Uri(settings.WebhookUrl!).GetLeftPart(UriPartial.Authority);
                WebhookSet(logger, site);
            }
            else
            {
                await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: deadline.Token);
            }
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            SwitchFailed(logger, FailureReason.Of(ex), settings.UsesWebhook ? "setWebhook" : "deleteWebhook", attempt, Retry.After(attempt).TotalSeconds);
            FailureReason.Detail(logger, ex, settings.UsesWebhook ? "setWebhook" : "deleteWebhook");
            return false;
        }
    }

    [LoggerMessage(EventId = LogEvents.WebhookSet, Level = LogLevel.Information, Message = "Telegram delivers updates to the webhook at {Site}")]
    private static partial void WebhookSet(ILogger logger, string site);

    [LoggerMessage(EventId = LogEvents.WebhookSwitchFailed, Level = LogLevel.Warning, Message = "{Method} failed ({Reason}, attempt {Attempt}); trying again in {Seconds} s")]
    private static partial void SwitchFailed(ILogger logger, string reason, string method, int attempt, double seconds);
}
