using Dapper;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>The record of plans sent, and the index-backed question "whose plan or snooze is due?".</summary>
public sealed class PlanStore(Database database)
{
    /// <summary>Two index range scans (ix_chats_next_plan, ix_chats_snoozed), never a scan of every chat.</summary>
    internal const string DueChatsSql = """
        SELECT chat_id FROM chats WHERE next_plan_at <= @now
        UNION
        SELECT chat_id FROM chats WHERE snoozed_until <= @now
        LIMIT @limit
        """;

    public async Task<IReadOnlyList<long>> DueChatsAsync(Instant now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<long>(DueChatsSql, new { now, limit });
        return rows.ToList();
    }

    /// <summary>The training days the scheduler handled from <paramref name="since"/> on.</summary>
    public async Task<IReadOnlySet<LocalDate>> PlannedSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate since) =>
        (await connection.QueryAsync<LocalDate>(
            "SELECT local_date FROM plans WHERE chat_id = @chatId AND local_date >= @since", new { chatId, since }, transaction)).ToHashSet();

    /// <summary>The level of each plan sent from <paramref name="since"/> on, by local date.</summary>
    public async Task<IReadOnlyDictionary<LocalDate, int>> LevelsSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate since) =>
        (await connection.QueryAsync<LevelRow>(
            "SELECT local_date, level FROM plans WHERE chat_id = @chatId AND local_date >= @since", new { chatId, since }, transaction))
        .ToDictionary(p => p.LocalDate, p => (int)p.Level);

    /// <summary>Claims the (chat, local date) plan; false when one was already sent, so nothing goes twice.</summary>
    public async Task<bool> TryClaimAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate date, int level, Instant now) =>
        await connection.ExecuteAsync(
            "INSERT OR IGNORE INTO plans (chat_id, local_date, level, sent_at) VALUES (@chatId, @date, @level, @now)",
            new { chatId, date, level, now }, transaction) == 1;

    private sealed class LevelRow
    {
        public LocalDate LocalDate { get; init; }
        public long Level { get; init; }
    }
}
