using System.Globalization;

namespace HipBot.Shell.Health;

/// <summary>What <c>--health</c> makes of the running bot's <see cref="HealthFile"/>: exit 0 and "ready", or 1 and why not.</summary>
public static class HealthExit
{
    public const int Ready = 0;
    // Docker reserves 2 ("do not use"), so every way of not being ready is 1.
    public const int NotReady = 1;

    public static (int Code, string Line) Judge(HealthStatus? status, DateTimeOffset now) => status switch
    {
        null => (NotReady, "not ready: HipBot has written no health report beside its database (is it running, with the same Database__Path?)"),
        { Stopped: true } => (NotReady, $"not ready: HipBot stopped at {Time(status.Report.CheckedAt)}"),
        _ when status.ValidUntil < now => (NotReady, $"not ready: HipBot's last health report is from {Time(status.Report.CheckedAt)}; it is not running, or hangs"),
        { Report.Ready: false } => (NotReady, status.Report.Summary),
        _ => (Ready, "ready: " + string.Join("; ", status.Report.Checks.Select(c => $"{c.Name}: {c.Detail}"))),
    };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
