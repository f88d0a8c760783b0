using HipBot.Core.Privacy;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Storage;

/// <summary>
/// Keeps the inbox and the outbox from growing for ever: shortly after start and then every hour (on the transport
/// clock) it deletes handled updates and sent or dropped messages older than <see cref="KeepFor"/>.
/// Each instant is judged on the clock that wrote it: received_at and sent_at on the transport clock, created_at on the
/// business clock.
/// </summary>
public sealed partial class Housekeeping(
    HousekeepingStore store,
    TimeProvider clock,
    TransportClock ticks,
    ILogger<Housekeeping> logger) : BackgroundService
{
    /// <summary>The number the privacy page promises (<see cref="Retention"/>).</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(Retention.TransportDays);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not at once: start-up is busy catching up on updates and due plans.
        await Task.Delay(FirstRunAfter, ticks.Time, stoppingToken);
        await Periodically.RunAsync(Interval, ticks.Time, CleanUpAsync,
            ex => Failed(logger, ex), stoppingToken);
    }

    /// <summary>Deletes what is old enough now; returns how many inbox and outbox rows went.</summary>
    public async Task<(int Inbox, int Outbox)> CleanUpAsync(CancellationToken cancellationToken = default)
    {
        var keepMs = (long)KeepFor.TotalMilliseconds;
        var transportCutoff = ticks.NowMilliseconds - keepMs;
        var businessCutoff = clock.GetUtcNow().ToUnixTimeMilliseconds() - keepMs;
        var inbox = await store.DeleteDoneInboxAsync(transportCutoff, cancellationToken);
        var outbox = await store.DeleteSettledOutboxAsync(transportCutoff, businessCutoff, cancellationToken);
        if (inbox + outbox > 0)
        {
            Deleted(logger, inbox, outbox, KeepFor.TotalDays);
        }
        return (inbox, outbox);
    }

    [LoggerMessage(EventId = LogEvents.HousekeepingDeleted, Level = LogLevel.Information,
        Message = "Housekeeping deleted {Inbox} handled updates and {Outbox} settled messages older than {Days} days")]
    private static partial void Deleted(ILogger logger, int inbox, int outbox, double days);

    [LoggerMessage(EventId = LogEvents.HousekeepingFailed, Level = LogLevel.Error, Message = "Housekeeping failed")]
    private static partial void Failed(ILogger logger, Exception exception);
}
