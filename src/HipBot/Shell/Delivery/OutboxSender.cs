using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types.ReplyMarkups;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Delivery;

/// <summary>
/// The one sender: delivers outbox rows in order per chat, inside Telegram's limits, several chats at
/// a time; button answers, which are no messages, go at once, past the chat's queue. A row is marked sent only after
/// Telegram accepted it, so a crash repeats at most the one message that was on the wire; failures are retried with
/// back-off or, when Telegram says they never can succeed, dropped.
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
    private readonly Lock gate = new();
    // Messages (sends and edits) on the wire, by chat: one at a time per chat keeps a chat's messages in order.
    private readonly Dictionary<long, Task> chatsInFlight = [];
    // Button answers on the wire, by row: they carry no order, so they pass a chat's messages.
    private readonly Dictionary<long, Task> answersInFlight = [];
    // Deliveries that ended since the current batch was read: the batch's copy of those rows is stale (the row may be
    // sent by now, or held back), so they wait for the next read, which the doorbell asks for at once.
    private readonly HashSet<long> chatsSettled = [];
    private readonly HashSet<long> answersSettled = [];
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
        lock (gate)
        {
            chatsSettled.Clear();
            answersSettled.Clear();
        }
        var items = await outbox.NextAsync(clock.NowMilliseconds, batch, cancellationToken);
        var wait = await UntilNextDueAsync(cancellationToken);
        var started = 0;
        foreach (var item in items)
        {
            // Button answers are not messages: they keep no order, count against no limit and must be quick.
            var answer = item.Kind == "answer";
            lock (gate)
            {
                // On the wire, or delivered (or held back) since the batch was read, while this loop waited for a slot
                // or the budget: sending this copy would send the row twice.
                if (answer
                        ? answersInFlight.ContainsKey(item.Id) || answersSettled.Contains(item.Id)
                        : chatsInFlight.ContainsKey(item.ChatId) || chatsSettled.Contains(item.ChatId))
                {
                    continue;
                }
            }
            var paced = !answer;
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
            lock (gate)
            {
                // A delivery once started runs to its end even during shutdown: a message Telegram accepted
                // but we failed to mark sent would go out again after the restart. It is registered under the lock it
                // needs to end, so it cannot end before it is registered.
                var delivery = Task.Run(() => DeliverAndReleaseAsync(item, paced, CancellationToken.None), CancellationToken.None);
                if (answer)
                {
                    answersInFlight[item.Id] = delivery;
                }
                else
                {
                    chatsInFlight[item.ChatId] = delivery;
                }
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
            // The outcome (a retry, a drop) could not be stored, so the row is still pending as it was: hold the chat
            // back as a retry would, rather than try again at once while the database refuses.
            logger.LogError("Recording the outcome of outbox row {Id} for chat {ChatId} failed: {Error}", item.Id, item.ChatId, redaction.Describe(ex));
            pacer.HoldBack(item.ChatId, Backoff(item.Attempts));
        }
        finally
        {
            if (paced)
            {
                // The answer is in (or the request failed): the chat's spacing and the global window count from now.
                pacer.Sent(item.ChatId);
            }
            lock (gate)
            {
                if (item.Kind == "answer")
                {
                    answersInFlight.Remove(item.Id);
                    answersSettled.Add(item.Id);
                }
                else
                {
                    chatsInFlight.Remove(item.ChatId);
                    chatsSettled.Add(item.ChatId);
                }
            }
            slots.Release();
            doorbell.Ring();
        }
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        Accepted accepted;
        try
        {
            accepted = await CallAsync(item, cancellationToken);
        }
        catch (ApiRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await OnRefusedAsync(item, ex, cancellationToken);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A lost connection, a timeout, or anything no one foresaw: retried with back-off, never dropped in silence.
            await RetryLaterAsync(item, Backoff(item.Attempts), redaction.Describe(ex), cancellationToken);
            return;
        }
        if (accepted.DropReason is { } reason)
        {
            await outbox.DropAsync(item.Id, reason, cancellationToken);
            return;
        }
        try
        {
            await outbox.MarkSentAsync(item.Id, accepted.MessageId, clock.NowMilliseconds, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The row stays pending, so it goes out again: at least once, but not in a tight loop.
            logger.LogError("Telegram accepted outbox row {Id} for chat {ChatId}, but recording its delivery failed; it will be sent again: {Error}",
                item.Id, item.ChatId, redaction.Describe(ex));
            pacer.HoldBack(item.ChatId, Backoff(item.Attempts));
        }
    }

    /// <summary>Makes the Bot API call for the row; returns what to record once Telegram accepted it.</summary>
    private async Task<Accepted> CallAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var payload = item.Payload;
        switch (item.Kind)
        {
            case "send":
                var sent = await bot.SendMessage(item.ChatId, payload.Text ?? "", replyMarkup: Markup(payload), cancellationToken: cancellationToken);
                return new Accepted(sent.Id);
            case "edit":
                var target = payload.MessageId ?? (payload.TargetKey is { } key ? await outbox.FindMessageIdAsync(item.ChatId, key, cancellationToken) : null);
                if (target is null)
                {
                    // No message was ever sent under that key (no plan that day): there is nothing to update.
                    return new Accepted(null, "no message to edit");
                }
                await bot.EditMessageText(item.ChatId, target.Value, payload.Text ?? "", replyMarkup: Markup(payload), cancellationToken: cancellationToken);
                return new Accepted(target);
            case "answer":
                await bot.AnswerCallbackQuery(payload.CallbackQueryId!, payload.Toast, cancellationToken: cancellationToken);
                return new Accepted(null);
            default:
                return new Accepted(null, $"unknown kind {item.Kind}");
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
                if (await outbox.MarkChatBlockedAsync(item.ChatId, item.Id, item.CreatedAt, error, cancellationToken))
                {
                    logger.LogInformation("Chat {ChatId} cannot be reached ({Error}); holding its messages until it writes again", item.ChatId, error);
                }
                else
                {
                    logger.LogInformation("Chat {ChatId} refused outbox row {Id} ({Error}) but has written since; dropping that row only", item.ChatId, item.Id, error);
                }
                break;
            case 400 when item.Kind == "edit" && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase):
                await outbox.MarkSentAsync(item.Id, item.Payload.MessageId, clock.NowMilliseconds, cancellationToken);
                break;
            case 400 when item.Kind == "edit":
                // Too old, deleted or not ours to edit: the user still gets the news as a new message.
                await outbox.ConvertToSendAsync(item.Id, item.Payload.TargetKey, cancellationToken);
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
        lock (gate)
        {
            return [.. chatsInFlight.Values, .. answersInFlight.Values];
        }
    }

    private static InlineKeyboardMarkup? Markup(OutboxPayload payload) =>
        payload.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data))))
            : null;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>What Telegram accepted: the message it now shows, or why there was nothing to send (the row is dropped).</summary>
    private sealed record Accepted(int? MessageId, string? DropReason = null);
}
