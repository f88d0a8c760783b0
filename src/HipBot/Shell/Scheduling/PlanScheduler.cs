using HipBot.Core.Chats;
using HipBot.Core.Plans;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HipBot.Shell.Scheduling;

/// <summary>
/// Each tick asks the store whose plan or snooze is due and lets <see cref="DailyPlanner"/> decide;
/// each chat's result commits in one transaction with its outbox rows. Ticks come at start-up (to catch
/// up after downtime) and then on the transport clock; what is due is judged on the business clock.
/// </summary>
public sealed class PlanScheduler(
    Database database,
    PlanStore plans,
    TimeProvider clock,
    TransportClock ticks,
    OutboxDoorbell outbox,
    Redaction redaction,
    ILogger<PlanScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(20);
    private const int Batch = 500;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodically.RunAsync(TickInterval, ticks.Time, TickAsync,
            ex => logger.LogError("A scheduler tick failed: {Error}", redaction.Describe(ex)), stoppingToken);

    /// <summary>Runs every chat that is due now; returns how many plans and reminders went to the outbox.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        while (true)
        {
            var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
            var due = await plans.DueChatsAsync(now.ToUnixTimeMilliseconds(), Batch, cancellationToken);
            var failed = 0;
            foreach (var chatId in due)
            {
                try
                {
                    sent += await RunChatAsync(chatId, now, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // One broken chat must not hold up everyone after it; it stays due and is tried next tick.
                    failed++;
                    logger.LogError("Planning chat {ChatId} failed: {Error}", chatId, redaction.Describe(ex));
                }
            }
            if (due.Count < Batch || failed == due.Count)
            {
                return sent;
            }
        }
    }

    private async Task<int> RunChatAsync(long chatId, Instant now, CancellationToken cancellationToken)
    {
        var count = await database.InTransactionAsync(async (connection, transaction) =>
        {
            if (await ChatRepository.FindAsync(connection, transaction, chatId) is not { } state)
            {
                return 0;
            }
            var context = await TurnStore.LoadContextAsync(connection, transaction, chatId, now, state.Habit.LastClosedDate);
            var turn = DailyPlanner.Run(state, context);
            var messages = turn.Out;
            if (turn.PlanDate is { } date
                && !await PlanStore.TryRecordAsync(connection, transaction, chatId, IsoDate.Format(date), state.Level, now.ToUnixTimeMilliseconds()))
            {
                logger.LogWarning("Chat {ChatId} already had its plan for {Date}; not sending it again", chatId, date);
                messages = [];
            }
            await ChatRepository.SaveAsync(connection, transaction, turn.State, now);
            await TurnStore.ApplyAsync(connection, transaction, chatId, batch: 0, turn.Effects, now);
            await OutboxStore.AddAsync(connection, transaction, messages, now.ToUnixTimeMilliseconds());
            return messages.Count;
        }, cancellationToken);
        if (count > 0)
        {
            outbox.Ring();
        }
        return count;
    }
}
