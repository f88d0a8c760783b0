using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Health;

/// <summary>
/// Writes the health report to the <see cref="HealthFile"/> at start-up and every <see cref="Interval"/> (transport
/// clock), each valid for three intervals; on a clean stop it says so, so <c>--health</c> need not wait for it to go stale.
/// </summary>
public sealed partial class HealthRecorder(
    ReadinessCheck check,
    Database database,
    TransportClock clock,
    ILogger<HealthRecorder> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly HealthFile file = HealthFile.Beside(database.Path);
    private bool wasReady = true;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Periodically.RunAsync(Interval, clock.Time, RecordAsync, ex => WriteFailed(logger, ex, file.Path), stoppingToken);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            var report = new HealthReport(false, clock.Now, [new HealthCheck("process", false, "HipBot stopped")]);
            file.Write(new HealthStatus(report, clock.Now, Stopped: true));
        }
        catch (IOException ex)
        {
            WriteFailed(logger, ex, file.Path);
        }
    }

    /// <summary>Checks now and writes the report; a change between ready and not ready is logged once.</summary>
    public async Task<HealthReport> RecordAsync(CancellationToken cancellationToken)
    {
        var report = await check.CheckAsync(cancellationToken);
        file.Write(new HealthStatus(report, clock.Now + 3 * Interval));
        if (report.Ready != wasReady)
        {
            if (report.Ready)
            {
                Ready(logger);
            }
            else
            {
                NotReady(logger, report.Summary);
            }
            wasReady = report.Ready;
        }
        return report;
    }

    [LoggerMessage(EventId = LogEvents.HealthFileFailed, Level = LogLevel.Warning, Message = "Writing the health report to {Path} failed; --health will find it stale")]
    private static partial void WriteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = LogEvents.NotReady, Level = LogLevel.Warning, Message = "HipBot is {Summary}")]
    private static partial void NotReady(ILogger logger, string summary);

    [LoggerMessage(EventId = LogEvents.ReadyAgain, Level = LogLevel.Information, Message = "HipBot is ready again")]
    private static partial void Ready(ILogger logger);
}
