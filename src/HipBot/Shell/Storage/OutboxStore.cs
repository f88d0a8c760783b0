using HipBot.Core.Messages;
using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Storage;

/// <summary>
/// A row of the outbox as the sender sees it; <paramref name="CreatedAt"/> is when it was queued (business clock, Unix
/// ms). <paramref name="Message"/> is what was stored, or null when the row cannot be read back, and then
/// <paramref name="Problem"/> says why.
/// </summary>
public sealed record OutboxItem(long Id, long ChatId, string Kind, int Attempts, long CreatedAt, Outgoing? Message, string? Problem = null)
{
    /// <summary>A button answer is no message: it keeps no order and waits behind none (see <see cref="OutboxStore.NextAsync"/>).</summary>
    public bool IsAnswer => Message is AnswerButton;

    /// <summary>
    /// Whether the row is a message (or an edit) Telegram counts against a chat's limits. A reaction is none: it keeps
    /// its place in the chat's order but takes nothing of the group's ~20 a minute, which the posts and edits need.
    /// </summary>
    public bool CountsAgainstLimits => Message is not (AnswerButton or ReactToMessage);
}

/// <summary>The one way out: every message to a user is a row here before the sender delivers it.</summary>
public sealed class OutboxStore(Database database)
{
    /// <summary>
    /// Adds messages inside the caller's transaction, in order; returns how many it queued. An edit of a keyed message
    /// (today's plan) to exactly what that message will show anyway is no message: Telegram would refuse it as "not
    /// modified", after a row, a write and a request.
    /// </summary>
    public async Task<int> AddAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Outgoing> messages, long nowMs)
    {
        var queued = 0;
        foreach (var message in messages)
        {
            var row = Columns.Of(message);
            if (message is EditMessage { MessageId: null, TargetKey: { } key } edit
                && await ShowsAsync(connection, transaction, edit.ChatId, key) == row.Shows)
            {
                continue;
            }
            await connection.ExecutePreparedAsync(
                """
                INSERT INTO outbox (chat_id, kind, payload, message_key, shows, not_before, created_at)
                VALUES (@ChatId, @Kind, @Payload, @Key, @Shows, 0, @nowMs)
                """,
                new { row.ChatId, row.Kind, row.Payload, row.Key, row.Shows, nowMs },
                transaction);
            queued++;
        }
        return queued;
    }

    /// <summary>
    /// What the message under <paramref name="key"/> shows once the rows queued so far are out: the fingerprint of the
    /// newest row of the key, sent or waiting (a send, or an edit of it); null when there is none.
    /// </summary>
    private static Task<string?> ShowsAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, string key) =>
        connection.ExecuteScalarPreparedAsync<string?>(
            """
            SELECT shows FROM outbox INDEXED BY ix_outbox_key
            WHERE chat_id = @chatId AND message_key = @key AND status <> 'dropped'
            ORDER BY id DESC LIMIT 1
            """, new { chatId, key }, transaction);

    /// <summary>
    /// Due rows: of messages (sends and edits) at most one per chat, the oldest pending, so a chat's messages go out in
    /// order; and every due button answer, which is no message and waits behind none.
    /// </summary>
    /// <remarks>
    /// The head of each chat comes from the pending index (status, chat_id, id: the first id per chat), so the cost
    /// follows the pending rows and never the years of sent ones. The former NOT EXISTS form was as fast only while
    /// SQLite had no statistics; after an ANALYZE it chose to scan the whole table in id order (70 ms at a million sent
    /// rows, every time the doorbell rang). The answers come from the same index: left to itself, after an ANALYZE SQLite
    /// scanned the whole table in id order for them too. A chat whose oldest message is held back (not_before) waits
    /// whole, as before; its answers do not.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxItem>> NextAsync(long nowMs, int limit, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(connection => connection.QueryPreparedAsync<(long Id, long ChatId, string Kind, long Attempts, string Payload, long CreatedAt)>(
            """
            SELECT o.id, o.chat_id, o.kind, o.attempts, o.payload, o.created_at
            FROM (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' AND kind <> 'answer' GROUP BY chat_id) AS head
            JOIN outbox o ON o.id = head.id
            WHERE o.not_before <= @nowMs
            UNION ALL
            SELECT id, chat_id, kind, attempts, payload, created_at
            FROM outbox INDEXED BY ix_outbox_pending
            WHERE status = 'pending' AND kind = 'answer' AND not_before <= @nowMs
            ORDER BY 1
            LIMIT @limit
            """, new { nowMs, limit }, transaction: null), cancellationToken);
        return rows.Select(r =>
        {
            var (message, problem) = OutgoingJson.Decode(r.Kind, r.ChatId, r.Payload);
            return new OutboxItem(r.Id, r.ChatId, r.Kind, (int)r.Attempts, r.CreatedAt, message, problem);
        }).ToList();
    }

    /// <summary>The earliest moment a pending row that is held back becomes due, or null.</summary>
    public Task<long?> NextDueAfterAsync(long nowMs, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.ExecuteScalarPreparedAsync<long?>(
            "SELECT MIN(not_before) FROM outbox WHERE status = 'pending' AND not_before > @nowMs", new { nowMs }, transaction: null), cancellationToken);

    /// <summary>The Telegram id of the latest delivered message with this key in the chat, for edits.</summary>
    public Task<int?> FindMessageIdAsync(long chatId, string key, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => connection.ExecuteScalarPreparedAsync<int?>(
            """
            SELECT telegram_message_id FROM outbox
            WHERE chat_id = @chatId AND message_key = @key AND status = 'sent' AND telegram_message_id IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """, new { chatId, key }, transaction: null), cancellationToken);

    /// <summary>Marks the row sent. Its content goes (the row stays for the retention days), so what is kept does not grow with message bodies.</summary>
    public Task MarkSentAsync(long id, int? telegramMessageId, long nowMs, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET status = 'sent', payload = '', sent_at = @nowMs, telegram_message_id = @telegramMessageId, attempts = attempts + 1, last_error = NULL WHERE id = @id",
            new { id, telegramMessageId, nowMs }, cancellationToken);

    public Task RetryLaterAsync(long id, long notBeforeMs, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, not_before = @notBeforeMs, last_error = @error WHERE id = @id",
            new { id, notBeforeMs, error }, cancellationToken);

    public Task DropAsync(long id, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET status = 'dropped', attempts = attempts + 1, last_error = @error WHERE id = @id",
            new { id, error }, cancellationToken);

    /// <summary>
    /// The row is sent as <paramref name="message"/> instead, and stays pending: a post whose topic is gone goes to the
    /// General topic; an edit whose target is gone becomes a plain send of the same text under the key it was to update,
    /// so a later edit of that key finds the new message.
    /// </summary>
    public Task ReplaceAsync(long id, Outgoing message, CancellationToken cancellationToken)
    {
        var row = Columns.Of(message);
        return ExecuteAsync("UPDATE outbox SET kind = @Kind, payload = @Payload, message_key = @Key, shows = @Shows WHERE id = @id",
            new { id, row.Kind, row.Payload, row.Key, row.Shows }, cancellationToken);
    }

    /// <summary>
    /// Telegram refused row <paramref name="failedId"/> for good because the user blocked the bot: it is dropped, and any
    /// older pending row of the chat (a button answer) with it, since none of them can arrive either.
    /// </summary>
    public Task DropRefusedAsync(long chatId, long failedId, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            """
            UPDATE outbox SET status = 'dropped', last_error = @error,
                              attempts = attempts + CASE WHEN id = @failedId THEN 1 ELSE 0 END
            WHERE chat_id = @chatId AND status = 'pending' AND id <= @failedId
            """,
            new { chatId, failedId, error }, cancellationToken);

    /// <summary>
    /// A <see cref="LastMessage"/> was delivered: its row and every row of the chat queued before it go, so nothing of a
    /// chat that asked to be forgotten stays behind. Rows queued after it (the user wrote again) belong to a new start.
    /// </summary>
    public Task EraseThroughAsync(long chatId, long id, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM outbox WHERE chat_id = @chatId AND id <= @id", new { chatId, id }, cancellationToken);

    /// <summary>Drops everything still pending for the chat, inside the caller's transaction.</summary>
    public Task DropPendingAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, string reason) =>
        connection.ExecutePreparedAsync(
            "UPDATE outbox SET status = 'dropped', last_error = @reason WHERE chat_id = @chatId AND status = 'pending'",
            new { chatId, reason }, transaction);

    // Through the one writer: a delivery's outcome shares the commit of whatever else is ready, rather than queueing on
    // SQLite's lock in an autocommit of its own.
    private Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        database.InTransactionAsync((connection, transaction) => connection.ExecutePreparedAsync(sql, parameters, transaction), cancellationToken);

    /// <summary>
    /// What a row stores of a message: the record under its kind, and the key of the message it shows: a send's own key,
    /// by which a later edit finds it, or the key an edit updates, by which the next edit knows what the message shows.
    /// </summary>
    /// <param name="Shows">For a keyed row, the fingerprint of the reply the message shows after it.</param>
    private sealed record Columns(long ChatId, string Kind, string Payload, string? Key, string? Shows)
    {
        public static Columns Of(Outgoing message)
        {
            var (key, reply) = message switch
            {
                SendMessage send => (send.Key, send.Reply),
                PostMessage post => (post.Key, post.Reply),
                EditMessage { MessageId: null } edit => (edit.TargetKey, edit.Reply),
                _ => (null, null),
            };
            return new(message.ChatId, OutgoingJson.KindOf(message), OutgoingJson.Encode(message), key,
                key is not null && reply is not null ? OutgoingJson.Fingerprint(reply) : null);
        }
    }

    private sealed class KeyedRow
    {
        public string Kind { get; init; } = "";
        public string Payload { get; init; } = "";
    }
}
