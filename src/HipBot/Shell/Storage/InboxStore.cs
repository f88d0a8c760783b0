using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Storage;

public sealed record InboxItem(long UpdateId, long ChatId, string Payload, long Attempts);

/// <summary>The durable inbox: updates are stored here before anything handles them.</summary>
public sealed class InboxStore(Database database)
{
    /// <summary>Stores updates; one already stored (a re-delivery) is ignored. Returns how many were new.</summary>
    public Task<int> AddAsync(IEnumerable<(long UpdateId, long ChatId, string Payload)> updates, long nowMs, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => connection.ExecutePreparedAsync(
            """
            INSERT OR IGNORE INTO inbox (update_id, chat_id, payload, received_at, next_attempt_at)
            VALUES (@UpdateId, @ChatId, @Payload, @Now, 0)
            """,
            updates.Select(u => new { u.UpdateId, u.ChatId, u.Payload, Now = nowMs }),
            transaction), cancellationToken);

    /// <summary>
    /// Pending updates that are due, at most one per chat: the oldest, so a chat's updates run in order
    /// and a chat waiting on a retry holds back only itself.
    /// </summary>
    /// <remarks>
    /// The heads come from inbox_heads (kept by triggers, migration 7), walked in update order: the cost follows the
    /// updates handed out (and the chats waiting on a retry), never the length of the backlog. Grouping the pending rows
    /// by chat read every one of them on every look, so draining a backlog cost more per update the longer it was.
    /// </remarks>
    public async Task<IReadOnlyList<InboxItem>> NextAsync(long nowMs, int limit, CancellationToken cancellationToken) =>
        await database.ReadAsync(connection => connection.QueryPreparedAsync<InboxItem>(
            """
            SELECT i.update_id AS UpdateId, i.chat_id AS ChatId, i.payload AS Payload, i.attempts AS Attempts
            FROM inbox_heads h INDEXED BY ix_inbox_heads_update
            JOIN inbox i ON i.update_id = h.update_id
            WHERE i.next_attempt_at <= @nowMs
            ORDER BY h.update_id
            LIMIT @limit
            """, new { nowMs, limit }, transaction: null), cancellationToken);

    /// <summary>The earliest time a pending update becomes due, or null when none is pending.</summary>
    public Task<long?> NextDueAsync(CancellationToken cancellationToken) =>
        // Only a head can be due: the chat's later updates wait for it.
        database.ReadAsync(connection => connection.ExecuteScalarPreparedAsync<long?>(
            "SELECT MIN(i.next_attempt_at) FROM inbox_heads h JOIN inbox i ON i.update_id = h.update_id", null, transaction: null), cancellationToken);

    /// <summary>
    /// Marks an update handled, inside the transaction that commits its effects. Its content goes: the row stays for the
    /// retention days (a re-delivery is known by its update_id), the user's words do not.
    /// </summary>
    public Task MarkDoneAsync(SqliteConnection connection, SqliteTransaction transaction, long updateId) =>
        connection.ExecutePreparedAsync("UPDATE inbox SET status = 'done', payload = '', last_error = NULL WHERE update_id = @updateId", new { updateId }, transaction);

    public Task RecordFailureAsync(long updateId, string error, long? retryAtMs, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => connection.ExecutePreparedAsync(
            """
            UPDATE inbox
            SET attempts = attempts + 1, last_error = @error,
                status = CASE WHEN @retryAtMs IS NULL THEN 'parked' ELSE 'pending' END,
                next_attempt_at = COALESCE(@retryAtMs, next_attempt_at)
            WHERE update_id = @updateId
            """, new { updateId, error, retryAtMs }, transaction), cancellationToken);
}
