using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Health;

/// <summary>
/// Decides whether HipBot is ready, from what an orchestrator cannot see from outside: the database is reachable and at
/// this build's schema, the receiver is alive (the long poll went out within its expected interval, or Telegram took
/// the webhook), and the outbox is not stuck (no message due for longer than <see cref="HealthOptions.OutboxStuckAfter"/>
/// while Telegram answered no send in that time).
/// </summary>
public sealed class ReadinessCheck(
    OperationsStore store,
    Heartbeats heartbeats,
    TimeProvider clock,
    TransportClock transport,
    IOptions<TelegramOptions> telegram,
    IOptions<HealthOptions> options)
{
    // A poll may take its own wait plus a request's time; a failing one waits up to 30 s before the next; then some slack.
    private static readonly TimeSpan PollSlack = TimeSpan.FromSeconds(60);

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var database = await DatabaseAsync(cancellationToken);
        var checks = new List<HealthCheck> { database, Receiver() };
        if (database.Ok)
        {
            checks.Add(await OutboxAsync(cancellationToken));
        }
        return new HealthReport(checks.All(c => c.Ok), transport.Now, checks);
    }

    private async Task<HealthCheck> DatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await store.SchemaVersionAsync(cancellationToken);
            return version == Migrator.LatestVersion
                ? new HealthCheck("database", true, $"reachable, schema version {version}")
                : new HealthCheck("database", false, $"at schema version {version}, this HipBot needs {Migrator.LatestVersion}: migrations are not done");
        }
        catch (SqliteException ex)
        {
            return new HealthCheck("database", false, "unreachable: " + ex.Message.ReplaceLineEndings(" "));
        }
    }

    private HealthCheck Receiver()
    {
        var settings = telegram.Value;
        if (settings.UsesWebhook)
        {
            return heartbeats.WebhookSet is { } set
                ? new HealthCheck("receiver", true, $"webhook set with Telegram {Ago(set)} ago")
                : new HealthCheck("receiver", false, "the webhook is not set with Telegram yet");
        }
        var expected = settings.LongPollTimeout + settings.RequestTimeout + PollSlack;
        var last = heartbeats.LastPoll;
        return transport.Now - last <= expected
            ? new HealthCheck("receiver", true, $"polling, last getUpdates {Ago(last)} ago")
            : new HealthCheck("receiver", false, $"no getUpdates for {Ago(last)} (expected within {expected.TotalSeconds:0} s): the long poll is not running");
    }

    private async Task<HealthCheck> OutboxAsync(CancellationToken cancellationToken)
    {
        var stuckAfter = options.Value.OutboxStuckAfter;
        var overdue = await store.DueLongerThanAsync(stuckAfter, clock.GetUtcNow().ToUnixTimeMilliseconds(), transport.NowMilliseconds, cancellationToken);
        var lastAnswer = heartbeats.LastSendAnswered;
        // A sender working through a big backlog gets answers all the time: slow, not stuck.
        return overdue > 0 && transport.Now - lastAnswer > stuckAfter
            ? new HealthCheck("outbox", false, $"stuck: {overdue} messages due for over {stuckAfter.TotalSeconds:0} s, and Telegram has answered no send for {Ago(lastAnswer)}")
            : new HealthCheck("outbox", true, overdue > 0 ? $"{overdue} messages overdue, the sender is working on them" : "nothing overdue");
    }

    private string Ago(DateTimeOffset at) => $"{Math.Max(0, (transport.Now - at).TotalSeconds):0} s";
}
