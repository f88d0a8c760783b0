namespace HipBot.Playground;

/// <summary>
/// The bot's business clock (users' days and reminders), standing still until a <c>!clock</c> line moves it,
/// like FakeTimeProvider in the tests. Delivery keeps running on real time (<see cref="Hosting.TransportClock"/>).
/// </summary>
internal sealed class PlaygroundClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Set(DateTimeOffset to)
    {
        lock (gate)
        {
            now = to.ToUniversalTime();
        }
    }
}
