using System.Text.Json;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot;
using global::Telegram.Bot.Types.Enums;

namespace HipBot.Shell.Telegram;

/// <summary>
/// Long-polls getUpdates and stores each batch in the inbox before confirming it: Telegram only
/// forgets an update once a later call passes a higher offset, so a crash here loses nothing.
/// </summary>
public sealed partial class PollingReceiver(
    ITelegramBotClient bot,
    InboxStore inbox,
    InboxDoorbell doorbell,
    TransportClock clock,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
    private const int LongPollSeconds = 25;
    // Telegram's own maximum: a backlog after downtime comes in as few calls as it can.
    private const int UpdatesPerCall = 100;
    private static readonly RetryBackoff Retry = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var updates = await bot.GetUpdates(offset, limit: UpdatesPerCall, timeout: LongPollSeconds, allowedUpdates: Wanted, cancellationToken: stoppingToken);
                if (updates.Length > 0)
                {
                    await inbox.AddAsync(
                        updates.Select(u => ((long)u.Id, UpdateInputs.ChatIdOf(u), JsonSerializer.Serialize(u, JsonBotAPI.Options))),
                        clock.NowMilliseconds, stoppingToken);
                    offset = updates[^1].Id + 1;
                    doorbell.Ring();
                }
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var pause = Retry.After(failures);
                PollingFailed(logger, ex, pause.TotalSeconds);
                await Task.Delay(pause, clock.Time, stoppingToken);
            }
        }
    }

    [LoggerMessage(EventId = LogEvents.PollingFailed, Level = LogLevel.Warning, Message = "Polling Telegram failed; trying again in {Seconds} s")]
    private static partial void PollingFailed(ILogger logger, Exception exception, double seconds);
}
