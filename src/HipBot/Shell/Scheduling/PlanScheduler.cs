using HipBot.Core.Chats;
using HipBot.Core.Plans;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Metrics;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HipBot.Shell.Scheduling;

/// <summary>
/// Each tick asks the store whose plan or snooze is due and lets <see cref="DailyPlanner"/> decide;
/// each chat's result commits in one transaction with its outbox rows. Ticks come at start-up (to catch
/// up after downtime), then at the start of every minute of the business clock (reminders are set to the minute, so a
/// plan leaves as its minute begins), and at least every <see cref="TickInterval"/> (snoozes end at any second); the
/// waits run on the transport clock.
/// </summary>
public sealed partial class PlanScheduler(
    PlanStore plans,
    TurnPipeline turns,
    TimeProvider clock,
    TransportClock ticks,
    HipBotMetrics metrics,
    ILogger<PlanScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(20);

    // Just past the minute: a reminder at 07:00 is due at 07:00:00.000, and the timer may fire a hair early.
    private static readonly TimeSpan PastTheMinute = TimeSpan.FromMilliseconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                SchedulerTickFailed(logger, ex);
            }
            await Task.Delay(UntilNextLook(clock.GetUtcNow()), ticks.Time, stoppingToken);
        }
    }

    /// <summary>How long to wait after a tick at <paramref name="now"/> (business clock): to just past the next whole minute, at most <see cref="TickInterval"/>.</summary>
    public static TimeSpan UntilNextLook(DateTimeOffset now)
    {
        var intoMinute = TimeSpan.FromTicks(now.UtcTicks % TimeSpan.TicksPerMinute);
        var untilMinute = TimeSpan.FromMinutes(1) - intoMinute + PastTheMinute;
        return untilMinute < TickInterval ? untilMinute : TickInterval;
    }

    /// <summary>Runs every chat that is due now; returns how many plans and reminders went to the outbox.</summary>
    public Task<int> TickAsync(CancellationToken cancellationToken = default) =>
        DueBatches.RunAsync(
            async size =>
            {
                var due = await plans.DueChatsAsync(Instant.FromDateTimeOffset(clock.GetUtcNow()), size, cancellationToken);
                metrics.PlansDue(due.Count);
                return due;
            },
            chatId => RunChatAsync(chatId, cancellationToken),
            (ex, chatId) => PlanningChatFailed(logger, ex, chatId),
            cancellationToken);

    private async Task<int> RunChatAsync(long chatId, CancellationToken cancellationToken)
    {
        var committed = await turns.RunAsync(chatId, DailyPlanner.Needs, (state, context) => state is null ? null : DailyPlanner.Run(state, context),
            updateId: null, cancellationToken);
        if (committed is { Queued: > 0, Turn: { } turn } && turn.Effects.OfType<ClaimPlan>().FirstOrDefault() is { PlanSent: true } claim)
        {
            metrics.PlanSent(claim.Late);
        }
        return committed.Queued;
    }

    [LoggerMessage(EventId = LogEvents.SchedulerTickFailed, Level = LogLevel.Error, Message = "A scheduler tick failed")]
    private static partial void SchedulerTickFailed(ILogger logger, Exception exception);

    // One broken chat must not hold up everyone after it; it stays due and is tried next tick.
    [LoggerMessage(EventId = LogEvents.PlanningChatFailed, Level = LogLevel.Error, Message = "Planning chat {ChatId} failed; it is tried again next tick")]
    private static partial void PlanningChatFailed(ILogger logger, Exception exception, long chatId);
}
