using Dapper;

namespace HipBot.Shell.Storage;

/// <summary>Deletes what is finished and old: handled updates and delivered or dropped messages.</summary>
/// <remarks>
/// Deletes go in small batches, each its own job of the one writer, so turns and deliveries go between them. Parked updates stay for an operator; pending rows of either table are never touched.
/// </remarks>
public sealed class HousekeepingStore(Database database)
{
    private const int BatchSize = 2_000;

    /// <summary>Deletes handled updates received before <paramref name="receivedBeforeMs"/> (transport clock, Unix ms).</summary>
    public Task<int> DeleteDoneInboxAsync(long receivedBeforeMs, CancellationToken cancellationToken) =>
        DeleteInBatchesAsync(
            """
            DELETE FROM inbox WHERE update_id IN
                (SELECT update_id FROM inbox WHERE status = 'done' AND received_at < @receivedBeforeMs LIMIT @BatchSize)
            """,
            new { receivedBeforeMs, BatchSize }, cancellationToken);

    /// <summary>
    /// Deletes sent and dropped messages: by when they were sent (<paramref name="sentBeforeMs"/>, transport clock) where
    /// they were, else by when they were queued (<paramref name="createdBeforeMs"/>, business clock).
    /// </summary>
    public Task<int> DeleteSettledOutboxAsync(long sentBeforeMs, long createdBeforeMs, CancellationToken cancellationToken) =>
        DeleteInBatchesAsync(
            """
            DELETE FROM outbox WHERE id IN
                (SELECT id FROM outbox
                 WHERE status IN ('sent', 'dropped')
                   AND CASE WHEN sent_at IS NULL THEN created_at < @createdBeforeMs ELSE sent_at < @sentBeforeMs END
                 LIMIT @BatchSize)
            """,
            new { sentBeforeMs, createdBeforeMs, BatchSize }, cancellationToken);

    private async Task<int> DeleteInBatchesAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var deleted = await database.InTransactionAsync(
                (connection, transaction) => connection.ExecuteAsync(sql, parameters, transaction), cancellationToken);
            total += deleted;
            if (deleted < BatchSize)
            {
                return total;
            }
        }
    }
}
