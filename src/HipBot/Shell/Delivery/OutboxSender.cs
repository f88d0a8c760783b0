using HipBot.Shell.Groups;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using global::Telegram.Bot;

namespace HipBot.Shell.Delivery;

/// <summary>
/// The one sender: delivers outbox rows in order per chat, inside Telegram's limits, several chats at
/// a time; button answers, which are no messages, go at once, past the chat's queue. A row is marked sent only after
/// Telegram accepted it, so a crash repeats at most the one message that was on the wire. What each row's call is
/// lives in <see cref="BotApiCalls"/>, what its failures mean in <see cref="DeliveryOutcomes"/>.
/// </summary>
public sealed partial class OutboxSender(
    ITelegramBotClient bot,
    OutboxStore outbox,
    TurnPipeline turns,
    GroupUpdates groups,
    OutboxDoorbell doorbell,
    SendPacer pacer,
    IOptions<SenderOptions> options,
    IOptions<TelegramOptions> telegram,
    TransportClock clock,
    Redaction redaction,
    ILogger<OutboxSender> logger) : BackgroundService
{
    // Rows read at once: many times what the global budget lets out in a second, so reading is never what holds
    // delivery back, while one read stays quick.
    private const int BatchSize = 500;
    private static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(5);
    private readonly InFlightDeliveries inFlight = new();
    private readonly SemaphoreSlim slots = new(options.Value.MaxConcurrentRequests);
    private readonly DeliveryOutcomes outcomes = new(
        new BotApiCalls(bot, outbox, options.Value.AllowPaidBroadcast), outbox, turns, groups, pacer, clock, telegram.Value.RequestTimeout, redaction, logger);

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
                    OutboxReadFailed(logger, ex);
                    await doorbell.WaitAsync(IdleWait, clock.Time, stoppingToken);
                }
            }
        }
        finally
        {
            await Task.WhenAll(inFlight.Snapshot());
        }
    }

    /// <summary>
    /// Waits for the deliveries on the wire (each within its request timeout) as long as the host allows, and says what
    /// a stop now may repeat: a message Telegram accepted but HipBot did not record goes out again after the restart.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (inFlight.Rows() is { Count: > 0 } onTheWire)
        {
            StoppingWithDeliveries(logger, onTheWire.Count);
        }
        try
        {
            await base.StopAsync(cancellationToken);
        }
        finally
        {
            if (inFlight.Rows() is { Count: > 0 } left)
            {
                StoppedWithDeliveries(logger, left.Count, string.Join(", ", left));
            }
            if (outcomes.SentButUnrecorded is > 0 and var unrecorded)
            {
                StoppedWithUnrecorded(logger, unrecorded);
            }
        }
    }

    /// <summary>Starts every delivery that may go now; returns how long to wait before looking again.</summary>
    private async Task<TimeSpan> DispatchDueAsync(CancellationToken cancellationToken)
    {
        inFlight.NewBatch();
        var items = await outbox.NextAsync(clock.NowMilliseconds, BatchSize, cancellationToken);
        var wait = await UntilNextDueAsync(cancellationToken);
        var started = 0;
        foreach (var item in items)
        {
            // On the wire, or delivered (or held back) since the batch was read, while this loop waited for a slot
            // or the budget: sending this copy would send the row twice.
            if (inFlight.IsTaken(item))
            {
                continue;
            }
            // Button answers are not messages: they keep no order, count against no limit and must be quick.
            var paced = item.CountsAgainstLimits && !outcomes.OnlyRecordMissing(item);
            var chatWait = item.CountsAgainstLimits ? pacer.ChatWait(item.ChatId) : TimeSpan.Zero;
            if (chatWait > TimeSpan.Zero)
            {
                wait = Min(wait, chatWait);
                continue;
            }
            await TakeSlotAsync(paced, cancellationToken);
            started++;
            // A delivery once started runs to its end even during shutdown: a message Telegram accepted but we failed
            // to mark sent would go out again after the restart.
            inFlight.Start(item, () => DeliverAndReleaseAsync(item, paced));
        }
        // A finished delivery rings the doorbell, so a chat's next message is picked up at once;
        // only a full batch that moved on means more rows may be due right now. A full batch of chats that all
        // wait their spacing would otherwise be read again and again until the first of them may go.
        return items.Count == BatchSize && started > 0 ? TimeSpan.Zero : wait;
    }

    /// <summary>A free slot first, then, for a message, a place in the global budget: the place is used at once.</summary>
    private async Task TakeSlotAsync(bool paced, CancellationToken cancellationToken)
    {
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
    }

    private async Task DeliverAndReleaseAsync(OutboxItem item, bool paced)
    {
        var released = 0;
        // The slot is for a request on the wire: it is free again once Telegram has answered, while the chat stays in
        // flight until the outcome is recorded (the one writer may be committing a batch of turns just then), so its
        // next row is not read before this one is settled.
        void Answered()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                if (paced)
                {
                    // The answer is in (or the request failed): the chat's spacing and the global window count from now.
                    pacer.Sent(item.ChatId);
                }
                slots.Release();
            }
        }
        try
        {
            await outcomes.DeliverAsync(item, Answered, CancellationToken.None);
        }
        catch (Exception ex)
        {
            outcomes.HoldBack(item, ex);
        }
        finally
        {
            Answered();
            inFlight.Finish(item);
            doorbell.Ring();
        }
    }

    private async Task<TimeSpan> UntilNextDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.NowMilliseconds;
        var due = await outbox.NextDueAfterAsync(now, cancellationToken);
        return due is null ? IdleWait : Min(IdleWait, TimeSpan.FromMilliseconds(due.Value - now));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(EventId = LogEvents.OutboxReadFailed, Level = LogLevel.Error, Message = "Reading the outbox failed; looking again shortly")]
    private static partial void OutboxReadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEvents.StoppingWithDeliveries, Level = LogLevel.Warning,
        Message = "Stopping with {Count} deliveries on the wire; waiting for Telegram's answers so none goes out twice")]
    private static partial void StoppingWithDeliveries(ILogger logger, int count);

    [LoggerMessage(EventId = LogEvents.StoppedWithDeliveries, Level = LogLevel.Warning,
        Message = "Stopped with {Count} deliveries unanswered (outbox rows {Rows}); any that Telegram accepted will be sent again after the restart")]
    private static partial void StoppedWithDeliveries(ILogger logger, int count, string rows);

    [LoggerMessage(EventId = LogEvents.StoppedWithUnrecorded, Level = LogLevel.Warning,
        Message = "Stopped with {Count} messages Telegram accepted but the database never recorded as sent; they will be sent again after the restart")]
    private static partial void StoppedWithUnrecorded(ILogger logger, int count);
}
