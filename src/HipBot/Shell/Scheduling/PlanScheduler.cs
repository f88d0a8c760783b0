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
/// up after downtime) and then on the transport clock; what is due is judged on the business clock.
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
    private const int BatchSize = 500;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodically.RunAsync(TickInterval, ticks.Time, TickAsync,
            ex => SchedulerTickFailed(logger, ex), stoppingToken);

    /// <summary>Runs every chat that is due now; returns how many plans and reminders went to the outbox.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
            var due = await plans.DueChatsAsync(now, BatchSize, cancellationToken);
            metrics.PlansDue(due.Count);
            var failed = 0;
            foreach (var chatId in due)
            {
                try
                {
                    sent += await RunChatAsync(chatId, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // One broken chat must not hold up everyone after it; it stays due and is tried next tick.
                    failed++;
                    PlanningChatFailed(logger, ex, chatId);
                }
            }
            if (due.Count < BatchSize || failed == due.Count)
            {
                return sent;
            }
        }
    }

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
