using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Shell.Groups;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Logging;
using NodaTime;
using global::Telegram.Bot.Exceptions;

namespace HipBot.Shell.Delivery;

/// <summary>
/// The failure policy: delivers one row and records what Telegram's answer means for it. Accepted: sent. 429: the chat
/// waits the retry_after Telegram asks for. 403: the user blocked the bot. 400: it can never succeed, so dropped;
/// but an edit Telegram found unchanged is as good as sent, and one it could not make goes out as a new message.
/// Anything else (5xx, a lost connection, what no one foresaw): tried again with back-off, never dropped in silence.
/// </summary>
internal sealed partial class DeliveryOutcomes(
    BotApiCalls calls,
    OutboxStore outbox,
    TurnPipeline turns,
    GroupUpdates groups,
    SendPacer pacer,
    TransportClock clock,
    TimeSpan requestTimeout,
    Redaction redaction,
    ILogger logger)
{
    private static readonly RetryBackoff Retry = new(TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(5));
    // While the database refuses, the chat's next try waits longer each time, counted in memory (see UnrecordedOutcomes).
    private static readonly RetryBackoff DatabaseRetry = new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    private readonly UnrecordedOutcomes unrecorded = new();
    private readonly ChartPictures pictures = new(logger);

    /// <summary>Messages Telegram accepted that only memory knows are sent: a restart now would send them again.</summary>
    public int SentButUnrecorded => unrecorded.SentButUnrecorded;

    /// <summary>True when Telegram already accepted the row's message and only its record is missing: no call, no pacing.</summary>
    public bool OnlyRecordMissing(OutboxItem item) => unrecorded.SentFor(item.Id) is not null;

    /// <summary>Makes the row's call and records its outcome; throws only when the outcome could not be recorded.</summary>
    /// <param name="answered">Called once Telegram's answer is in (or the call failed), before the outcome is recorded:
    /// the request is off the wire, while the row is not settled until its record commits.</param>
    public async Task DeliverAsync(OutboxItem item, Action answered, CancellationToken cancellationToken)
    {
        if (unrecorded.SentFor(item.Id) is { } sentEarlier)
        {
            // Telegram shows this message already; sending it again because our bookkeeping failed would double it.
            answered();
            await RecordSentAsync(item, sentEarlier, cancellationToken);
            return;
        }
        await CallAndRecordAsync(item, answered, cancellationToken);
        if (unrecorded.SentFor(item.Id) is null)
        {
            // The outcome is in the database: a count of earlier refusals no longer applies.
            unrecorded.Recorded(item.Id);
        }
    }

    private async Task CallAndRecordAsync(OutboxItem item, Action answered, CancellationToken cancellationToken)
    {
        if (item.Message is not { } message)
        {
            answered();
            await DropUnreadableAsync(item, cancellationToken);
            return;
        }
        Accepted accepted;
        // Drawn before the deadline starts: the request timeout is Telegram's to use, not ours.
        var picture = message is SendChart chart ? pictures.For(item.Id, chart) : null;
        using var deadline = new CancellationTokenSource(requestTimeout, clock.Time);
        using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            try
            {
                accepted = await calls.CallAsync(message, picture, call.Token);
            }
            finally
            {
                answered();
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Telegram may or may not have taken it: retrying keeps the promise of at least once, and frees the slot now.
            await RetryLaterAsync(item, $"no answer from Telegram within {requestTimeout.TotalSeconds:0.#} s", cancellationToken);
            return;
        }
        catch (ApiRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            await OnRefusedAsync(item, message, ex, cancellationToken);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RetryLaterAsync(item, redaction.Describe(ex), cancellationToken);
            return;
        }
        if (accepted.DropReason is { } reason)
        {
            await outbox.DropAsync(item.Id, reason, cancellationToken);
            return;
        }
        await RecordSentAsync(item, accepted, cancellationToken);
    }

    /// <summary>
    /// Marks the row sent; when the database refuses, the acceptance is kept in memory and the mark retried with a
    /// growing wait, so the message is never sent again for a failure of ours.
    /// </summary>
    private async Task RecordSentAsync(OutboxItem item, Accepted accepted, CancellationToken cancellationToken)
    {
        try
        {
            await (accepted.ErasesChat
                ? outbox.EraseThroughAsync(item.ChatId, item.Id, cancellationToken)
                : outbox.MarkSentAsync(item.Id, accepted.MessageId, clock.NowMilliseconds, cancellationToken));
            unrecorded.Recorded(item.Id);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var wait = DatabaseRetry.After(unrecorded.Refused(item.Id, accepted));
            pacer.HoldBack(item.ChatId, wait);
            DeliveredButNotRecorded(logger, ex, item.Id, item.ChatId, wait.TotalSeconds);
        }
    }

    /// <summary>
    /// The database refused to record the row's outcome (a retry, a drop): nothing reached the user, so the row may go
    /// again, but its chat waits longer each time the database refuses rather than go again at once.
    /// </summary>
    public void HoldBack(OutboxItem item, Exception exception)
    {
        var wait = DatabaseRetry.After(unrecorded.Refused(item.Id));
        pacer.HoldBack(item.ChatId, wait);
        OutcomeNotRecorded(logger, exception, item.Id, item.ChatId, wait.TotalSeconds);
    }

    private async Task OnRefusedAsync(OutboxItem item, Outgoing message, ApiRequestException ex, CancellationToken cancellationToken)
    {
        var error = redaction.Scrub($"{ex.ErrorCode} {ex.Message}");
        switch (ex.ErrorCode)
        {
            case 403 or 400 when message is LastMessage:
                // The chat asked to be forgotten: a goodbye that can never arrive goes the way an accepted one does.
                await outbox.EraseThroughAsync(item.ChatId, item.Id, cancellationToken);
                break;
            case 400 when item.ChatId < 0 && ex.Parameters?.MigrateToChatId is { } newId:
                // The group became a supergroup: its challenge moves, and the core posts anew there what was due.
                await groups.MigratedAsync(item.ChatId, newId, cancellationToken);
                await outbox.DropAsync(item.Id, error, cancellationToken);
                break;
            case 403 when item.ChatId < 0 && !IsNoLongerInGroup(ex):
                // Still in the group but not allowed to say this (restricted, an admins-only chat): the message is dropped,
                // the challenge is not suspended, since no "added back" would ever come to resume it.
                RefusedForGood(logger, item.Id, item.ChatId, error);
                await outbox.DropAsync(item.Id, error, cancellationToken);
                break;
            case 403 when item.ChatId < 0:
                // Removed from the group: nothing more can arrive there, and the challenge waits until the bot is back.
                await outbox.DropRefusedAsync(item.ChatId, item.Id, error, cancellationToken);
                await groups.RemovedAsync(item.ChatId, cancellationToken);
                break;
            case 400 when message is PostMessage { ThreadId: not null } post && IsTopicGone(ex):
                // The challenge's topic was closed or deleted: this post, and the ones after it, go to the General topic.
                await outbox.ReplaceAsync(item.Id, post with { ThreadId = null }, cancellationToken);
                await groups.TopicUnavailableAsync(item.ChatId, cancellationToken);
                break;
            case 429:
                var retryAfter = TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));
                pacer.HoldBack(item.ChatId, retryAfter);
                await outbox.RetryLaterAsync(item.Id, clock.NowMilliseconds + (long)retryAfter.TotalMilliseconds, error, cancellationToken);
                break;
            case 403:
                await outbox.DropRefusedAsync(item.ChatId, item.Id, error, cancellationToken);
                if (await MarkUnreachableAsync(item, cancellationToken))
                {
                    ChatUnreachable(logger, item.ChatId, error);
                }
                else
                {
                    RefusedButWroteSince(logger, item.ChatId, item.Id, error);
                }
                break;
            case 400 when message is EditMessage edit && ex.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase):
                await outbox.MarkSentAsync(item.Id, edit.MessageId, clock.NowMilliseconds, cancellationToken);
                break;
            case 400 when message is EditMessage { ButtonsOnly: true } buttons:
                // Already without buttons, or too old to change: the message stays as it is, and there is no news to resend.
                await outbox.MarkSentAsync(item.Id, buttons.MessageId, clock.NowMilliseconds, cancellationToken);
                break;
            case 400 when message is EditMessage && item.ChatId < 0:
                // A group's board that cannot be edited is not re-sent as a loud message of its own: the next daily post
                // shows the board, quietly and in the challenge's topic.
                RefusedForGood(logger, item.Id, item.ChatId, error);
                await outbox.DropAsync(item.Id, error, cancellationToken);
                break;
            case 400 when message is EditMessage edit:
                // Too old, deleted or not ours to edit: the user still gets the news as a new message.
                await outbox.ReplaceAsync(item.Id, new SendMessage(edit.ChatId, edit.Reply, edit.TargetKey), cancellationToken);
                break;
            case 400:
                RefusedForGood(logger, item.Id, item.ChatId, error);
                await outbox.DropAsync(item.Id, error, cancellationToken);
                break;
            default:
                await RetryLaterAsync(item, error, cancellationToken);
                break;
        }
    }

    // Telegram's words for a bot that is out of the group: "bot was kicked from the (super)group chat", "bot is not a member
    // of the supergroup chat", "the group chat was deleted".
    private static bool IsNoLongerInGroup(ApiRequestException ex) =>
        ex.Message.Contains("kicked", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("not a member", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("deleted", StringComparison.OrdinalIgnoreCase);

    private static bool IsTopicGone(ApiRequestException ex) =>
        ex.Message.Contains("TOPIC_CLOSED", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("TOPIC_DELETED", StringComparison.OrdinalIgnoreCase)
        || ex.Message.Contains("thread not found", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lets the core decide whether the chat is gone (no plans, nothing queued) or the user has written since.</summary>
    private async Task<bool> MarkUnreachableAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var queuedAt = Instant.FromUnixTimeMilliseconds(item.CreatedAt);
        var committed = await turns.RunAsync(item.ChatId, ContextNeeds.OpenDays,
            (state, context) => PrivateChat.Unreachable(state, queuedAt, context.Now), updateId: null, cancellationToken);
        return committed.Turn is not null;
    }

    private async Task RetryLaterAsync(OutboxItem item, string error, CancellationToken cancellationToken)
    {
        var wait = Retry.After(item.Attempts + 1);
        DeliveryRetrying(logger, item.Id, item.ChatId, item.Attempts + 1, wait.TotalSeconds, error);
        await outbox.RetryLaterAsync(item.Id, clock.NowMilliseconds + (long)wait.TotalMilliseconds, error, cancellationToken);
    }

    /// <summary>A row this HipBot cannot read (a kind it does not know, a corrupt payload) could never be sent: it is dropped, loudly.</summary>
    private async Task DropUnreadableAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var error = redaction.Scrub($"unreadable: {item.Problem}");
        UnreadableRowDropped(logger, item.Id, item.ChatId, item.Kind, error);
        await outbox.DropAsync(item.Id, error, cancellationToken);
    }

    [LoggerMessage(EventId = LogEvents.DeliveredButNotRecorded, Level = LogLevel.Error,
        Message = "Telegram accepted outbox row {Id} for chat {ChatId}, but the database refused to record it (the database is the problem, not Telegram); it is kept as sent in memory and will not be sent again; recording it again in {Seconds} s")]
    private static partial void DeliveredButNotRecorded(ILogger logger, Exception exception, long id, long chatId, double seconds);

    [LoggerMessage(EventId = LogEvents.OutcomeNotRecorded, Level = LogLevel.Error,
        Message = "The database refused to record the outcome of outbox row {Id} for chat {ChatId} (the database is the problem, not Telegram); the chat waits {Seconds} s")]
    private static partial void OutcomeNotRecorded(ILogger logger, Exception exception, long id, long chatId, double seconds);

    [LoggerMessage(EventId = LogEvents.ChatUnreachable, Level = LogLevel.Information, Message = "Chat {ChatId} cannot be reached ({Error}); holding its messages until it writes again")]
    private static partial void ChatUnreachable(ILogger logger, long chatId, string error);

    [LoggerMessage(EventId = LogEvents.RefusedButWroteSince, Level = LogLevel.Information, Message = "Chat {ChatId} refused outbox row {Id} ({Error}) but has written since; dropping that row only")]
    private static partial void RefusedButWroteSince(ILogger logger, long chatId, long id, string error);

    [LoggerMessage(EventId = LogEvents.RefusedForGood, Level = LogLevel.Warning, Message = "Telegram refused outbox row {Id} for chat {ChatId} for good: {Error}")]
    private static partial void RefusedForGood(ILogger logger, long id, long chatId, string error);

    [LoggerMessage(EventId = LogEvents.DeliveryRetrying, Level = LogLevel.Warning, Message = "Delivering outbox row {Id} to chat {ChatId} failed (attempt {Attempt}), retrying in {Seconds} s: {Error}")]
    private static partial void DeliveryRetrying(ILogger logger, long id, long chatId, int attempt, double seconds, string error);

    [LoggerMessage(EventId = LogEvents.UnreadableRowDropped, Level = LogLevel.Error, Message = "Outbox row {Id} for chat {ChatId}, of kind {Kind}, cannot be read and is dropped: {Error}")]
    private static partial void UnreadableRowDropped(ILogger logger, long id, long chatId, string kind, string error);
}
