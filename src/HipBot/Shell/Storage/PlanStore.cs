using Dapper;
using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Storage;

/// <summary>The record of plans sent, and the index-backed question "whose plan or snooze is due?".</summary>
public sealed class PlanStore(Database database)
{
    /// <summary>Two index range scans (ix_chats_next_plan, ix_chats_snoozed), never a scan of every chat.</summary>
    internal const string DueChatsSql = """
        SELECT chat_id FROM chats WHERE next_plan_at <= @nowMs
        UNION
        SELECT chat_id FROM chats WHERE snoozed_until <= @nowMs
        LIMIT @limit
        """;

    public async Task<IReadOnlyList<long>> DueChatsAsync(long nowMs, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<long>(DueChatsSql, new { nowMs, limit });
        return rows.ToList();
    }

    /// <summary>Claims the (chat, local date) plan; false when one was already sent, so nothing goes twice.</summary>
    public static async Task<bool> TryRecordAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, string localDate, int level, long nowMs) =>
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO plans (chat_id, local_date, level, sent_at) VALUES (@chatId, @localDate, @level, @nowMs)",
            new { chatId, localDate, level, nowMs }, transaction) == 1;
}
