using HipBot.Hosting;
using HipBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.Telegram;

/// <summary>
/// The one sender: delivers outbox rows in order per chat, inside Telegram's limits, several chats at
/// a time. A row is marked sent only after Telegram accepted it, so a crash repeats at most the one
/// message that was on the wire; failures are retried or, when Telegram says they never can succeed, dropped.
/// </summary>
public sealed class OutboxSender(
    ITelegramBotClient bot,
    OutboxStore outbox,
    OutboxDoorbell doorbell,
    SendPacer pacer,
    IOptions<SenderOptions> options,
    TransportClock clock,
    Redaction redaction,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(5);
    private readonly Dictionary<long, Task> inFlight = [];
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.MaxConcurrentRequests));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var wait = await DispatchDueAsync(stoppingToken);
                    if (wait > TimeSpan.Zero)
                    {
                        await doorbell.WaitAsync(wait, clock.Time, stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    logger.LogError("Reading the outbox failed: {Error}", redaction.Describe(ex));
                    await doorbell.WaitAsync(IdleWait, clock.Time, stoppingToken);
                }
            }
        }
        finally
        {
            await Task.WhenAll(Snapshot());
        }
    }

    /// <summary>Starts every delivery that may go now; returns how long to wait before looking again.</summary>
    private async Task<TimeSpan> DispatchDueAsync(CancellationToken cancellationToken)
    {
        const int batch = 500;
        var items = await outbox.NextAsync(clock.NowMilliseconds, batch, cancellationToken);
        var wait = await UntilNextDueAsync(cancellationToken);
        var started = 0;
        foreach (var item in items)
        {
            lock (inFlight)
            {
                if (inFlight.ContainsKey(item.ChatId))
                {
                    continue;
                }
            }
            // Button answers are not messages: they count against no limit and must be quick.
            var paced = item.Kind != "answer";
            if (paced)
            {
                var chatWait = pacer.ChatWait(item.ChatId);
                if (chatWait > TimeSpan.Zero)
                {
                    wait = Min(wait, chatWait);
                    continue;
                }
            }
            // A free slot first, then the global budget: the place taken in the budget is used at once.
            await slots.WaitAsync(cancellationToken);
            try
            {
                for (var globalWait = paced ? pacer.TakeGlobal() : TimeSpan.Zero; globalWait > TimeSpan.Zero; globalWait = pacer.TakeGlobal())
                {
                    await Task.Delay(globalWait, clock.Time, cancellationToken);
                }
            }
            catch
            {
                slots.Release();
                throw;
            }
            started++;
            lock (inFlight)
            {
                // A delivery once started runs to its end even during shutdown: a message Telegram accepted
                // but we failed to mark sent would go out again after the restart.
                inFlight[item.ChatId] = Task.Run(() => DeliverAndReleaseAsync(item, paced, CancellationToken.None), CancellationToken.None);
            }
        }
        // A finished delivery rings the doorbell, so a chat's next message is picked up at once;
        // only a full batch that moved on means more rows may be due right now. A full batch of chats that all
        // wait their spacing would otherwise be read again and again until the first of them may go.
        return items.Count == batch && started > 0 ? TimeSpan.Zero : wait;
    }

    private async Task DeliverAndReleaseAsync(OutboxItem item, bool paced, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverAsync(item, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the row stays pending and goes out after the restart.
        }
        catch (Exception ex)
        {
            logger.LogError("Recording delivery of outbox row {Id} failed: {Error}", item.Id, redaction.Describe(ex));
        }
        finally
        {
            if (paced)
            {
                // The answer is in (or the request failed): the chat's spacing and the global window count from now.
                pacer.Sent(item.ChatId);
            }
            lock (inFlight)
            {
                inFlight.Remove(item.ChatId);
            }
            slots.Release();
            doorbell.Ring();
        }
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var payload = item.Payload;
        try
        {
            switch (item.Kind)
            {
                case "send":
                    var sent = await bot.SendMessage(item.ChatId, payload.Text ?? "", replyMarkup: Markup(payload), cancellationToken: cancellationToken);
                    await outbox.MarkSentAsync(item.Id, sent.Id, clock.NowMilliseconds, cancellationToken);
                    break;
                case "edit":
                    var target = payload.MessageId ?? (payload.TargetKey is { } key ? await outbox.FindMessageIdAsync(item.ChatId, key, cancellationToken) : null);
                    if (target is null)
                    {
                        // No message was ever sent under that key (no plan that day): there is nothing to update.
                        await outbox.DropAsync(item.Id, "no message to edit", cancellationToken);
                        return;
                    }
                    await bot.EditMessageText(item.ChatId, target.Value, payload.Text ?? "", replyMarkup: Markup(payload), cancellationToken: cancellationToken);
                    await outbox.MarkSentAsync(item.Id, target, clock.NowMilliseconds, cancellationToken);
                    break;
                case "answer":
                    await bot.AnswerCallbackQuery(payload.CallbackQueryId!, payload.Toast, cancellationToken: cancellationToken);
                    await outbox.MarkSentAsync(item.Id, null, clock.NowMilliseconds, cancellationToken);
                    break;
                default:
                    await outbox.DropAsync(item.Id, $"unknown kind {item.Kind}", cancellationToken);
                    break;
            }
        }
        catch (ApiRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await OnRefusedAsync(item, ex, cancellationToken);
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await RetryLaterAsync(item, Backoff(item.Attempts), redaction.Describe(ex), cancellationToken);
        }
    }

    private async Task OnRefusedAsync(OutboxItem item, ApiRequestException ex, CancellationToken cancellationToken)
    {
        var error = redaction.Scrub($"{ex.ErrorCode} {ex.Message}");
        switch (ex.ErrorCode)
        {
            case 429:
                var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                pacer.HoldBack(item.ChatId, retryAfter);
                await outbox.RetryLaterAsync(item.Id, clock.NowMilliseconds + (long)retryAfter.TotalMilliseconds, error, cancellationToken);
                break;
            case 403:
                logger.LogInformation("Chat {ChatId} cannot be reached ({Error}); holding its messages until it writes again", item.ChatId, error);
                await outbox.MarkChatBlockedAsync(item.ChatId, error, cancellationToken);
                break;
            case 400 when item.Kind == "edit" && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase):
                await outbox.MarkSentAsync(item.Id, item.Payload.MessageId, clock.NowMilliseconds, cancellationToken);
                break;
            case 400 when item.Kind == "edit":
                // Too old, deleted or not ours to edit: the user still gets the news as a new message.
                await outbox.ConvertToSendAsync(item.Id, cancellationToken);
                break;
            case 400:
                logger.LogWarning("Telegram refused outbox row {Id} for chat {ChatId} for good: {Error}", item.Id, item.ChatId, error);
                await outbox.DropAsync(item.Id, error, cancellationToken);
                break;
            default:
                await RetryLaterAsync(item, Backoff(item.Attempts), error, cancellationToken);
                break;
        }
    }

    private async Task RetryLaterAsync(OutboxItem item, TimeSpan wait, string error, CancellationToken cancellationToken)
    {
        logger.LogWarning("Delivering outbox row {Id} to chat {ChatId} failed (attempt {Attempt}), retrying in {Seconds} s: {Error}",
            item.Id, item.ChatId, item.Attempts + 1, wait.TotalSeconds, error);
        await outbox.RetryLaterAsync(item.Id, clock.NowMilliseconds + (long)wait.TotalMilliseconds, error, cancellationToken);
    }

    private static TimeSpan Backoff(int attempts) =>
        Min(MaxBackoff, TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Min(attempts, 12))));

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.NowMilliseconds;
        var due = await outbox.NextDueAfterAsync(now, cancellationToken);
        return due is null ? IdleWait : Min(IdleWait, TimeSpan.FromMilliseconds(due.Value - now));
    }

    private Task[] Snapshot()
    {
        lock (inFlight)
        {
            return [.. inFlight.Values];
        }
    }

    private static InlineKeyboardMarkup? Markup(OutboxPayload payload) =>
        payload.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data))))
            : null;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
