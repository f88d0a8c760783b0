using System.Diagnostics.Metrics;
using HipBot.Shell.Storage;

namespace HipBot.Shell.Metrics;

/// <summary>
/// HipBot's instruments, in one <see cref="Meter"/> named <see cref="MeterName"/>, recorded at the edges: where updates
/// come in and are handled, where the scheduler finds plans due, where Bot API calls come back. The gauges read the
/// database when a reader collects them. OpenTelemetry exports them to Prometheus when <c>Metrics:Enabled</c> is set;
/// without a reader each recording costs next to nothing.
/// </summary>
/// <remarks>The meter comes from the host's <see cref="IMeterFactory"/>, so two hosts in one process (tests) keep apart.</remarks>
public sealed class HipBotMetrics
{
    public const string MeterName = "HipBot";

    private readonly Counter<long> received;
    private readonly Counter<long> handled;
    private readonly Histogram<double> handlingTime;
    private readonly Counter<long> sends;
    private readonly Counter<long> plansDue;
    private readonly Counter<long> plansSent;

    public HipBotMetrics(IMeterFactory meters, OperationsStore store, TimeProvider clock)
    {
        var meter = meters.Create(MeterName);
        received = meter.CreateCounter<long>("hipbot.updates.received", "{update}", "Updates stored in the inbox for the first time, by receiver (polling, webhook).");
        handled = meter.CreateCounter<long>("hipbot.updates.handled", "{update}", "Attempts at handling an update, by outcome (handled, retrying, parked, unreadable).");
        handlingTime = meter.CreateHistogram<double>("hipbot.updates.handling.duration", "s", "How long handling one update took, failed attempts included.");
        sends = meter.CreateCounter<long>("hipbot.sends", "{request}", "Messages, edits and button answers sent to Telegram, by method and result (ok, 429, 403, 400, other_4xx, 5xx, no_answer).");
        plansDue = meter.CreateCounter<long>("hipbot.plans.due", "{chat}", "Chats the scheduler found with a plan or a snooze due.");
        plansSent = meter.CreateCounter<long>("hipbot.plans.sent", "{plan}", "Daily plans queued, by whether they went out late (after downtime).");
        meter.CreateObservableGauge("hipbot.updates.parked", () => Read(store.ParkedCount), "{update}", "Updates that failed every attempt and wait for an operator.");
        meter.CreateObservableGauge("hipbot.outbox.backlog", () => Read(store.OutboxBacklog), "{message}", "Messages waiting in the outbox.");
        meter.CreateObservableGauge("hipbot.outbox.oldest_age", () => Read(() => OldestAge(store, clock)), "s", "How long the oldest message still waiting has waited; 0 when none waits.");
    }

    public void UpdatesReceived(int count, string receiver)
    {
        if (count > 0)
        {
            received.Add(count, new KeyValuePair<string, object?>("receiver", receiver));
        }
    }

    /// <param name="outcome">handled, retrying, parked or unreadable.</param>
    public void UpdateHandled(string outcome, TimeSpan took)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        handled.Add(1, tag);
        handlingTime.Record(took.TotalSeconds, tag);
    }

    /// <param name="result">ok, 429, 403, 400, other_4xx, 5xx or no_answer.</param>
    public void Sent(string method, string result) =>
        sends.Add(1, new KeyValuePair<string, object?>("method", method), new KeyValuePair<string, object?>("result", result));

    public void PlansDue(int chats)
    {
        if (chats > 0)
        {
            plansDue.Add(chats);
        }
    }

    public void PlanSent(bool late) => plansSent.Add(1, new KeyValuePair<string, object?>("late", late ? "true" : "false"));

    /// <summary>A gauge's value, or none while the database cannot say: a scrape then shows a gap, never a made-up zero.</summary>
    private static Measurement<T>[] Read<T>(Func<T> read) where T : struct
    {
        try
        {
            return [new Measurement<T>(read())];
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or ObjectDisposedException)
        {
            return [];
        }
    }

    // Queued on the business clock, so measured on it too.
    private static double OldestAge(OperationsStore store, TimeProvider clock) =>
        store.OldestPendingCreatedAt() is { } oldest ? Math.Max(0, (clock.GetUtcNow().ToUnixTimeMilliseconds() - oldest) / 1000.0) : 0;
}
