using Dapper;
using HipBot.Core.Chats;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>Loads and saves <see cref="ChatState"/> rows inside the caller's transaction.</summary>
public sealed class ChatStore
{
    private static readonly string FindSql = "SELECT * FROM chats WHERE chat_id = @chatId";

    // One upsert built from ChatRow's columns, so adding a column is one property, not three lists.
    private static readonly string SaveSql = $"""
        INSERT INTO chats ({string.Join(", ", ChatRow.Columns.Select(c => c.Column))}, created_at, updated_at)
        VALUES ({string.Join(", ", ChatRow.Columns.Select(c => "@" + c.Property))}, @Now, @Now)
        ON CONFLICT (chat_id) DO UPDATE SET
            {string.Join(", ", ChatRow.Columns.Where(c => c.Column != "chat_id").Select(c => $"{c.Column} = excluded.{c.Column}"))},
            updated_at = excluded.updated_at
        """;

    public async Task<ChatState?> FindAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId) =>
        (await connection.QuerySingleOrDefaultAsync<ChatRow>(FindSql, new { chatId }, transaction))?.ToState();

    public Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, ChatState state, Instant now)
    {
        var parameters = new DynamicParameters(ChatRow.From(state));
        parameters.Add("Now", now);
        return connection.ExecuteAsync(SaveSql, parameters, transaction);
    }
}
