using System.Text.Json;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Metrics;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace HipBot.Shell.Telegram;

/// <summary>
/// Hands stored updates to the <see cref="IUpdateHandling"/> handler, oldest first per chat. A failing update is
/// retried with back-off and, after <see cref="InboxOptions.MaxAttempts"/>, parked with a log line; other chats go on.
/// </summary>
public sealed partial class InboxProcessor(
    InboxStore inbox,
    IUpdateHandling handler,
    InboxDoorbell doorbell,
    TransportClock clock,
    Redaction redaction,
    IOptions<InboxOptions> options,
    HipBotMetrics metrics,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    // Chats handled per read of the inbox (one update each): enough that reading is never what holds handling back.
    private const int BatchSize = 100;
    private readonly int maxAttempts = options.Value.MaxAttempts;
    private readonly RetryBackoff retry = new(options.Value.RetryDelay, TimeSpan.MaxValue);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await ProcessDueAsync(stoppingToken) == 0)
                {
                    await doorbell.WaitAsync(await UntilNextDueAsync(stoppingToken), clock.Time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The database itself failed; nothing was lost, so wait and look again.
                InboxReadFailed(logger, ex is DatabaseUnavailableException ? ex.InnerException! : ex, IdleWait.TotalSeconds);
                await doorbell.WaitAsync(IdleWait, clock.Time, stoppingToken);
            }
        }
    }

    /// <summary>Handles every update that is due now; returns how many it tried.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken cancellationToken)
    {
        var items = await inbox.NextAsync(clock.NowMilliseconds, limit: BatchSize, cancellationToken);
        // One update per chat, so they may run side by side: their turns reach the one writer together and share its
        // commits, while each still commits (or fails) whole.
        await Task.WhenAll(items.Select(item => ProcessAsync(item, cancellationToken)));
        return items.Count;
    }

    private async Task ProcessAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var started = clock.Time.GetTimestamp();
        var outcome = await TryAsync(item, cancellationToken);
        metrics.UpdateHandled(outcome, clock.Time.GetElapsedTime(started));
    }

    /// <summary>Handles the update, or records why not; returns what became of it: handled, retrying, parked or unreadable.</summary>
    private async Task<string> TryAsync(InboxItem item, CancellationToken cancellationToken)
    {
        var (update, unreadable) = Read(item);
        if (update is null)
        {
            // Each line is written once the inbox says the same, as below.
            await inbox.RecordFailureAsync(item.UpdateId, unreadable!, retryAtMs: null, cancellationToken);
            UpdateUnreadable(logger, item.UpdateId, item.ChatId, unreadable!);
            return "unreadable";
        }
        try
        {
            await handler.HandleAsync(item.UpdateId, update, cancellationToken);
            return "handled";
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SqliteException ex) when (SqliteFaults.IsUnavailable(ex))
        {
            // The database, not this update, is at fault, and it is the same for every chat: no attempt is counted (an
            // update must not be parked because the disk was full), and the whole inbox waits and looks again.
            throw new DatabaseUnavailableException(ex);
        }
        catch (Exception ex)
        {
            var attempt = (int)item.Attempts + 1;
            var error = redaction.Describe(ex);
            // Each line is written once the inbox says the same, so what the log reports is what the database holds.
            if (attempt >= maxAttempts)
            {
                await inbox.RecordFailureAsync(item.UpdateId, error, retryAtMs: null, cancellationToken);
                UpdateParked(logger, ex, item.UpdateId, item.ChatId, attempt, error);
                return "parked";
            }
            // 1 s, 2 s, 4 s, 8 s… with the default delay.
            var retryIn = retry.After(attempt);
            await inbox.RecordFailureAsync(item.UpdateId, error, clock.NowMilliseconds + (long)retryIn.TotalMilliseconds, cancellationToken);
            UpdateRetrying(logger, ex, item.UpdateId, item.ChatId, attempt, retryIn.TotalSeconds, error);
            return "retrying";
        }
    }

    /// <summary>
    /// The stored update in Telegram.Bot's types, or null when this version cannot read it (a value Telegram added
    /// since, a field of the wrong type): that will never change on a retry, so it is parked at once and the chat's
    /// next update goes on.
    /// </summary>
    private (Update? Update, string? Reason) Read(InboxItem item)
    {
        try
        {
            return JsonSerializer.Deserialize<Update>(item.Payload, JsonBotAPI.Options) is { } update
                ? (update, null)
                : (null, "the stored update is empty");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return (null, redaction.Describe(ex));
        }
    }

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        var due = await inbox.NextDueAsync(cancellationToken);
        if (due is null)
        {
            return IdleWait;
        }
        var wait = TimeSpan.FromMilliseconds(Math.Max(0, due.Value - clock.NowMilliseconds));
        return wait < IdleWait ? wait + TimeSpan.FromMilliseconds(1) : IdleWait;
    }

    // The database itself failed; nothing was lost.
    [LoggerMessage(EventId = LogEvents.InboxReadFailed, Level = LogLevel.Error,
        Message = "The database failed while handling updates (the database is the problem, not Telegram; nothing is lost); looking again in {Seconds} s")]
    private static partial void InboxReadFailed(ILogger logger, Exception exception, double seconds);

    private sealed class DatabaseUnavailableException(SqliteException inner) : Exception(inner.Message, inner);

    [LoggerMessage(EventId = LogEvents.UpdateUnreadable, Level = LogLevel.Error,
        Message = "Update {UpdateId} of chat {ChatId} cannot be read by this version of HipBot and is parked; the chat's next updates go on: {Reason}")]
    private static partial void UpdateUnreadable(ILogger logger, long updateId, long chatId, string reason);

    [LoggerMessage(EventId = LogEvents.UpdateParked, Level = LogLevel.Error, Message = "Update {UpdateId} of chat {ChatId} failed {Attempts} times and is parked: {Error}")]
    private static partial void UpdateParked(ILogger logger, Exception exception, long updateId, long chatId, int attempts, string error);

    [LoggerMessage(EventId = LogEvents.UpdateRetrying, Level = LogLevel.Warning, Message = "Update {UpdateId} of chat {ChatId} failed (attempt {Attempt}), retrying in {Seconds} s: {Error}")]
    private static partial void UpdateRetrying(ILogger logger, Exception exception, long updateId, long chatId, int attempt, double seconds, string error);
}
