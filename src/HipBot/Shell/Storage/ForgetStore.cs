using HipBot.Shell.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Storage;

/// <summary>
/// Deletes every row about one private chat, inside the turn's transaction (/deleteme): a table added later that keeps
/// a chat id belongs in <see cref="Tables"/> too, and a test fails until it is.
/// </summary>
public sealed partial class ForgetStore(ILogger<ForgetStore> logger)
{
    /// <summary>
    /// Children before the chats row their foreign keys point at. Stored updates go up to the one being handled: a
    /// later one (the user wrote again at once) is a new conversation and is handled as one.
    /// </summary>
    internal static readonly IReadOnlyList<(string Table, string Where)> Tables =
    [
        ("check_ins", "chat_id = @chatId"),
        // Kept by triggers on check_ins: empty for the chat after the delete above, listed so nothing is missed if not.
        ("check_in_sums", "chat_id = @chatId"),
        ("day_outcomes", "chat_id = @chatId"),
        ("plans", "chat_id = @chatId"),
        ("outbox", "chat_id = @chatId"),
        ("inbox", "chat_id = @chatId AND update_id <= @throughUpdateId"),
        // Kept by triggers on the inbox: after the delete above, only a later update's head can be left, which stays.
        ("inbox_heads", "chat_id = @chatId AND update_id <= @throughUpdateId"),
        ("group_members", "chat_id = @chatId"),
        ("group_setup_links", "chat_id = @chatId"),
        ("earlier_runs", "chat_id = @chatId"),
        ("chats", "chat_id = @chatId"),
    ];

    /// <param name="throughUpdateId">The update being handled; the stored updates of the chat up to it go.</param>
    public async Task ForgetAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, long throughUpdateId)
    {
        var rows = 0;
        foreach (var (table, where) in Tables)
        {
            // The table names are this list's own constants, never input.
            rows += await connection.ExecutePreparedAsync($"DELETE FROM {table} WHERE {where}", new { chatId, throughUpdateId }, transaction);
        }
        // A group this chat set up keeps running for its members, but no longer knows who its admin was.
        rows += await connection.ExecutePreparedAsync("UPDATE groups SET admin_chat_id = NULL WHERE admin_chat_id = @chatId", new { chatId }, transaction);
        Forgotten(logger, rows);
    }

    // No chat id: the line would be one more place that keeps it.
    [LoggerMessage(EventId = LogEvents.ChatForgotten, Level = LogLevel.Information, Message = "A chat asked to be forgotten: {Rows} rows deleted")]
    private static partial void Forgotten(ILogger logger, int rows);
}
