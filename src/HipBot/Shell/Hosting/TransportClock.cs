namespace HipBot.Shell.Hosting;

/// <summary>
/// The clock for talking to Telegram: retry back-off, rate limits, long-poll pauses.
/// It is kept apart from the business clock (the registered <see cref="TimeProvider"/>) that decides
/// users' days and reminders, so tests can move calendar time without stalling delivery.
/// </summary>
public sealed class TransportClock(TimeProvider time)
{
    public TimeProvider Time { get; } = time;

    public DateTimeOffset Now => Time.GetUtcNow();

    public long NowMilliseconds => Time.GetUtcNow().ToUnixTimeMilliseconds();
}
