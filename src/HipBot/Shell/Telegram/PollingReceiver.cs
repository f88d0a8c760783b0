using System.Text.Json;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Metrics;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;

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
    IOptions<TelegramOptions> options,
    HipBotMetrics metrics,
    BotIdentity identity,
    ILogger<PollingReceiver> logger) : BackgroundService
{
    /// <summary>The update types HipBot handles; webhook mode asks for the same.</summary>
    public static readonly IReadOnlyList<string> Wanted = ["message", "callback_query", "my_chat_member", "chat_member"];

    // Telegram's own maximum: a backlog after downtime comes in as few calls as it can.
    private const int UpdatesPerCall = 100;
    private static readonly RetryBackoff Retry = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
    private readonly TimeSpan longPoll = options.Value.LongPollTimeout;
    // A poll Telegram never answers is given up after its own wait plus the time any request may take.
    private readonly TimeSpan pollDeadline = options.Value.LongPollTimeout + options.Value.RequestTimeout;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        int? offset = null;
        var failures = 0;
        var storeFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            JsonElement[] batch;
            try
            {
                batch = await PollAsync(offset, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                failures++;
                var pause = Retry.After(failures);
                PollingFailed(logger, FailureReason.Of(ex), pause.TotalSeconds);
                FailureReason.Detail(logger, ex, "getUpdates");
                await Task.Delay(pause, clock.Time, stoppingToken);
                continue;
            }
            failures = 0;
            if (batch.Length == 0)
            {
                continue;
            }
            if (await StoreAsync(batch, storeFailures + 1, stoppingToken) is { } next)
            {
                storeFailures = 0;
                offset = next;
                doorbell.Ring();
            }
            else
            {
                // The same batch comes back at once: ask again only after a growing pause, never in a tight loop.
                storeFailures++;
                await Task.Delay(Retry.After(storeFailures), clock.Time, stoppingToken);
            }
        }
    }

    private async Task<JsonElement[]> PollAsync(int? offset, CancellationToken stoppingToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(pollDeadline);
        try
        {
            return await bot.SendRequest(
                new RawGetUpdates { Offset = offset, Limit = UpdatesPerCall, Timeout = (int)longPoll.TotalSeconds, AllowedUpdates = Wanted },
                deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            throw new TimeoutException($"getUpdates did not answer within {pollDeadline.TotalSeconds} s.");
        }
    }

    /// <summary>
    /// Stores the batch as it came; returns the next offset, or null when nothing could be stored (the same batch is asked
    /// for again). An element without a readable update_id can be neither stored nor acknowledged on its own: it is
    /// logged and left behind the offset of the others.
    /// </summary>
    private async Task<int?> StoreAsync(JsonElement[] batch, int attempt, CancellationToken stoppingToken)
    {
        var updates = new List<(RawUpdate Update, JsonElement Element)>(batch.Length);
        foreach (var element in batch)
        {
            if (RawUpdate.From(element) is { } update)
            {
                updates.Add((update, element));
            }
            else
            {
                UpdateWithoutId(logger, element.ValueKind.ToString(), element.GetRawText().Length);
            }
        }
        if (updates.Count == 0)
        {
            return null;
        }
        try
        {
            // A group's chatter reaching an admin bot is confirmed with the rest, but never stored.
            var username = await identity.UsernameAsync(stoppingToken);
            var kept = updates.Where(u => !Groups.GroupChatter.IsChatter(u.Element, identity.Id, username))
                .Select(u => (u.Update.UpdateId, u.Update.ChatId, u.Update.Json)).ToList();
            metrics.UpdatesReceived(kept.Count == 0 ? 0 : await inbox.AddAsync(kept, clock.NowMilliseconds, stoppingToken), "polling");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // Not acknowledged, so Telegram keeps the batch: nothing is lost while the database recovers.
            StoringUpdatesFailed(logger, ex, updates.Count, Retry.After(attempt).TotalSeconds);
            return null;
        }
        return (int)Math.Min(int.MaxValue, updates.Max(u => u.Update.UpdateId) + 1);
    }

    // One line per back-off step, the reason without its stack: an unreachable API repeats it for as long as it is down.
    [LoggerMessage(EventId = LogEvents.PollingFailed, Level = LogLevel.Warning, Message = "Polling Telegram failed ({Reason}); trying again in {Seconds} s")]
    private static partial void PollingFailed(ILogger logger, string reason, double seconds);

    [LoggerMessage(EventId = LogEvents.UpdateWithoutId, Level = LogLevel.Error,
        Message = "Telegram sent an update without a readable update_id ({Kind}, {Length} characters); it cannot be stored and is skipped")]
    private static partial void UpdateWithoutId(ILogger logger, string kind, int length);

    [LoggerMessage(EventId = LogEvents.StoringUpdatesFailed, Level = LogLevel.Error,
        Message = "The database refused to store {Count} updates from Telegram (Telegram is fine; they stay with Telegram until stored); trying again in {Seconds} s")]
    private static partial void StoringUpdatesFailed(ILogger logger, Exception exception, int count, double seconds);
}
