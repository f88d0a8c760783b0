using HipBot.Shell.Hosting;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Telegram;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Storage;

/// <summary>
/// Keeps the inbox and the outbox from growing for ever: shortly after start and then every hour (on the transport
/// clock) it deletes handled updates and sent or dropped messages older than <see cref="KeepFor"/>.
/// Each instant is judged on the clock that wrote it: received_at and sent_at on the transport clock, created_at on the
/// business clock.
/// </summary>
public sealed class Housekeeping(
    Database database,
    TimeProvider clock,
    TransportClock ticks,
    Redaction redaction,
    ILogger<Housekeeping> logger) : BackgroundService
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(7);
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);

    private readonly HousekeepingStore store = new(database);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Not at once: start-up is busy catching up on updates and due plans.
        await Task.Delay(FirstRunAfter, ticks.Time, stoppingToken);
        await Periodically.RunAsync(Interval, ticks.Time, CleanUpAsync,
            ex => logger.LogError("Housekeeping failed: {Error}", redaction.Describe(ex)), stoppingToken);
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
            logger.LogInformation("Housekeeping deleted {Inbox} handled updates and {Outbox} settled messages older than {Days} days",
                inbox, outbox, KeepFor.TotalDays);
        }
        return (inbox, outbox);
    }
}
