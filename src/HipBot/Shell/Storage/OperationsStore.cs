using Dapper;

namespace HipBot.Shell.Storage;

/// <summary>A parked update as an operator sees it: when it came (transport clock, Unix ms), how often it failed and why.</summary>
public sealed record ParkedUpdate(long UpdateId, long ChatId, long ReceivedAt, long Attempts, string? LastError);

/// <summary>
/// What an operator, the health check and the dashboards read of the inbox and the outbox, and the one thing an operator
/// changes there: a parked update tried again. Every read is one indexed query, cheap enough for each scrape.
/// </summary>
public sealed class OperationsStore(Database database)
{
    /// <summary>The schema version the file is at (PRAGMA user_version).</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("PRAGMA user_version;");
    }

    public async Task<IReadOnlyList<ParkedUpdate>> ParkedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ParkedUpdate>(
            """
            SELECT update_id AS UpdateId, chat_id AS ChatId, received_at AS ReceivedAt, attempts AS Attempts, last_error AS LastError
            FROM inbox WHERE status = 'parked' ORDER BY update_id
            """);
        return rows.ToList();
    }

    /// <summary>
    /// Puts parked updates back in the queue with a fresh count of attempts, all of them or the one with
    /// <paramref name="updateId"/>; returns how many. The running bot's inbox finds them on its next look.
    /// </summary>
    public Task<int> RetryParkedAsync(long? updateId, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => connection.ExecuteAsync(
            """
            UPDATE inbox SET status = 'pending', attempts = 0, next_attempt_at = 0
            WHERE status = 'parked' AND (@updateId IS NULL OR update_id = @updateId)
            """, new { updateId }, transaction), cancellationToken);

    /// <summary>
    /// Whether some message has been due for longer than <paramref name="stuckAfter"/>: queued that long ago (business
    /// clock) and never held back, or held back (by a retry, on the transport clock) until that long ago.
    /// </summary>
    public async Task<long> DueLongerThanAsync(TimeSpan stuckAfter, long businessNowMs, long transportNowMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var after = (long)stuckAfter.TotalMilliseconds;
        return await connection.ExecuteScalarAsync<long>(
            """
            SELECT COUNT(*) FROM outbox
            WHERE status = 'pending'
              AND CASE WHEN not_before = 0 THEN created_at <= @businessCutoff ELSE not_before <= @transportCutoff END
            """, new { businessCutoff = businessNowMs - after, transportCutoff = transportNowMs - after });
    }

    // The dashboards' gauges: read synchronously, since an observable instrument's callback is (SQLite opens and reads
    // without waiting on anything anyway).

    public long ParkedCount() => Scalar<long>("SELECT COUNT(*) FROM inbox WHERE status = 'parked'");

    public long OutboxBacklog() => Scalar<long>("SELECT COUNT(*) FROM outbox WHERE status = 'pending'");

    /// <summary>When the oldest message still waiting was queued (business clock, Unix ms), or null when none waits.</summary>
    public long? OldestPendingCreatedAt() => Scalar<long?>("SELECT MIN(created_at) FROM outbox WHERE status = 'pending'");

    private T Scalar<T>(string sql)
    {
        using var connection = database.OpenAsync().GetAwaiter().GetResult();
        return connection.ExecuteScalar<T>(sql)!;
    }
}
