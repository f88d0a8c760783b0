using System.Text.Json;
using Dapper;
using HipBot.Messaging;
using Microsoft.Data.Sqlite;

namespace HipBot.Storage;

/// <summary>A row of the outbox as the sender sees it.</summary>
public sealed record OutboxItem(long Id, long ChatId, string Kind, int Attempts, OutboxPayload Payload);

/// <summary>The stored body of an outbox row: plain fields so the JSON stays readable in the database.</summary>
public sealed class OutboxPayload
{
    public string? Text { get; init; }
    public List<List<Button>>? Buttons { get; init; }
    public string? Key { get; init; }
    public int? MessageId { get; init; }
    public string? TargetKey { get; init; }
    public string? CallbackQueryId { get; init; }
    public string? Toast { get; init; }

    public Reply ToReply() => new(Text ?? "", Buttons);
}

/// <summary>The one way out: every message to a user is a row here before the sender delivers it.</summary>
public sealed class OutboxStore(Database database)
{
    /// <summary>Adds messages inside the caller's transaction, in order.</summary>
    public static async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<Outgoing> messages, long nowMs)
    {
        foreach (var message in messages)
        {
            var (kind, payload) = message switch
            {
                SendMessage m => ("send", new OutboxPayload { Text = m.Reply.Text, Buttons = Rows(m.Reply), Key = m.Key }),
                EditMessage m => ("edit", new OutboxPayload { Text = m.Reply.Text, Buttons = Rows(m.Reply), MessageId = m.MessageId, TargetKey = m.TargetKey }),
                AnswerButton m => ("answer", new OutboxPayload { CallbackQueryId = m.CallbackQueryId, Toast = m.Toast }),
                _ => throw new ArgumentOutOfRangeException(nameof(messages), message.GetType().Name, "Unknown outgoing message."),
            };
            await connection.ExecuteAsync(
                """
                INSERT INTO outbox (chat_id, kind, payload, message_key, not_before, created_at)
                VALUES (@ChatId, @kind, @Payload, @Key, 0, @nowMs)
                """,
                new { message.ChatId, kind, Payload = JsonSerializer.Serialize(payload), payload.Key, nowMs },
                transaction);
        }
    }

    /// <summary>Due rows, at most one per chat: the oldest pending, so a chat's messages go out in order.</summary>
    /// <remarks>
    /// The head of each chat comes from the pending index alone (status, chat_id, id: the first id per chat), so the
    /// cost follows the pending rows and never the years of sent ones. The former NOT EXISTS form was as fast only while
    /// SQLite had no statistics; after an ANALYZE it chose to scan the whole table in id order (70 ms at a million sent
    /// rows, every time the doorbell rang). A chat whose oldest row is held back (not_before) waits whole, as before.
    /// </remarks>
    public async Task<IReadOnlyList<OutboxItem>> NextAsync(long nowMs, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Id, long ChatId, string Kind, long Attempts, string Payload)>(
            """
            SELECT o.id, o.chat_id, o.kind, o.attempts, o.payload
            FROM (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' GROUP BY chat_id) AS head
            JOIN outbox o ON o.id = head.id
            WHERE o.not_before <= @nowMs
            ORDER BY o.id
            LIMIT @limit
            """, new { nowMs, limit });
        return rows.Select(r => new OutboxItem(r.Id, r.ChatId, r.Kind, (int)r.Attempts, JsonSerializer.Deserialize<OutboxPayload>(r.Payload)!)).ToList();
    }

    /// <summary>The earliest moment a pending row that is held back becomes due, or null.</summary>
    public async Task<long?> NextDueAfterAsync(long nowMs, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(
            "SELECT MIN(not_before) FROM outbox WHERE status = 'pending' AND not_before > @nowMs", new { nowMs });
    }

    /// <summary>The Telegram id of the latest delivered message with this key in the chat, for edits.</summary>
    public async Task<int?> FindMessageIdAsync(long chatId, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int?>(
            """
            SELECT telegram_message_id FROM outbox
            WHERE chat_id = @chatId AND message_key = @key AND status = 'sent' AND telegram_message_id IS NOT NULL
            ORDER BY id DESC LIMIT 1
            """, new { chatId, key });
    }

    public Task MarkSentAsync(long id, int? telegramMessageId, long nowMs, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET status = 'sent', sent_at = @nowMs, telegram_message_id = @telegramMessageId, attempts = attempts + 1, last_error = NULL WHERE id = @id",
            new { id, telegramMessageId, nowMs }, cancellationToken);

    public Task RetryLaterAsync(long id, long notBeforeMs, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = attempts + 1, not_before = @notBeforeMs, last_error = @error WHERE id = @id",
            new { id, notBeforeMs, error }, cancellationToken);

    public Task DropAsync(long id, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET status = 'dropped', attempts = attempts + 1, last_error = @error WHERE id = @id",
            new { id, error }, cancellationToken);

    /// <summary>An edit whose target is gone becomes a plain send of the same text.</summary>
    public Task ConvertToSendAsync(long id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE outbox SET kind = 'send' WHERE id = @id", new { id }, cancellationToken);

    /// <summary>The user blocked the bot: drop what waits for them and stop writing until they write again.</summary>
    public Task MarkChatBlockedAsync(long chatId, string error, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(
                "UPDATE outbox SET status = 'dropped', last_error = @error WHERE chat_id = @chatId AND status = 'pending'",
                new { chatId, error }, transaction);
            await connection.ExecuteAsync("UPDATE chats SET blocked = 1 WHERE chat_id = @chatId", new { chatId }, transaction);
        }, cancellationToken);

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, parameters);
    }

    private static List<List<Button>>? Rows(Reply reply) => reply.Buttons?.Select(row => row.ToList()).ToList();
}
