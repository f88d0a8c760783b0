using HipBot.Core.Groups;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HipBot.Shell.Groups;

/// <summary>
/// Each tick asks the store which groups' daily post is due, or whose post a check-in may have changed, and lets
/// <see cref="GroupDay"/> decide; each group commits in one transaction with its outbox rows. What is due is judged on
/// the business clock; ticks come on the transport clock.
/// </summary>
public sealed partial class GroupScheduler(
    GroupStore groups,
    TurnPipeline turns,
    BotIdentity identity,
    TimeProvider clock,
    TransportClock ticks,
    ILogger<GroupScheduler> logger) : BackgroundService
{
    /// <summary>Often enough that an edit waits little past its minute, rarely enough to cost nothing when no group is due.</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodically.RunAsync(TickInterval, ticks.Time, TickAsync, ex => GroupTickFailed(logger, ex), stoppingToken);

    /// <summary>Runs every group that is due now; returns how many messages went to the outbox.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken = default)
    {
        var bot = await identity.UsernameAsync(cancellationToken);
        return await DueBatches.RunAsync(
            size => groups.DueAsync(Instant.FromDateTimeOffset(clock.GetUtcNow()), size, cancellationToken),
            async groupId => (await turns.RunGroupAsync(new GroupTurnRequest(groupId, GroupNeeds.Board, bot),
                (group, context) => group is null ? null : GroupDay.Run(group, context), updateId: null, cancellationToken)).Queued,
            (ex, groupId) => GroupPlanningFailed(logger, ex, groupId),
            cancellationToken);
    }

    [LoggerMessage(EventId = LogEvents.GroupTickFailed, Level = LogLevel.Error, Message = "A group scheduler tick failed")]
    private static partial void GroupTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = LogEvents.GroupPlanningFailed, Level = LogLevel.Error, Message = "Planning group {GroupId} failed; it is tried again next tick")]
    private static partial void GroupPlanningFailed(ILogger logger, Exception exception, long groupId);
}
