using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>The record of plans sent, and the index-backed question "whose plan or snooze is due?".</summary>
public sealed class PlanStore(Database database)
{
    /// <summary>Two index range scans (ix_chats_next_plan, ix_chats_snoozed), each of a batch at most, never a scan of every chat.</summary>
    internal const string DuePlansSql = "SELECT chat_id FROM chats WHERE next_plan_at <= @now LIMIT @limit";

    internal const string DueSnoozesSql = "SELECT chat_id FROM chats WHERE snoozed_until <= @now LIMIT @limit";

    public Task<IReadOnlyList<long>> DueChatsAsync(Instant now, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => DueIds.ReadAsync(connection, DuePlansSql, DueSnoozesSql, now, limit), cancellationToken);

    /// <summary>Read on every turn: the dates come as day numbers, not text to parse, from the rows clustered by chat and date (migration 13).</summary>
    internal static readonly string PlannedSinceSql =
        $"SELECT {SqlTypes.DayNumberOf("local_date")} FROM plans WHERE chat_id = @chatId AND local_date >= @since AND plan_sent = 1";

    /// <summary>The training days whose plan went out, from <paramref name="since"/> on (a day the ladder held back is not one).</summary>
    public Task<IReadOnlySet<LocalDate>> PlannedSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate since) =>
        connection.ReadPreparedAsync<IReadOnlySet<LocalDate>>(
            PlannedSinceSql, new { chatId, since }, transaction, reader =>
            {
                var dates = new HashSet<LocalDate>();
                while (reader.Read())
                {
                    dates.Add(SqlTypes.FromDayNumber(reader.GetInt32(0)));
                }
                return dates;
            });

    /// <summary>The level of each plan sent from <paramref name="since"/> on, by local date.</summary>
    public async Task<IReadOnlyDictionary<LocalDate, int>> LevelsSinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate since) =>
        (await connection.QueryPreparedAsync<LevelRow>(
            "SELECT local_date, level FROM plans WHERE chat_id = @chatId AND local_date >= @since", new { chatId, since }, transaction))
        .ToDictionary(p => p.LocalDate, p => (int)p.Level);

    /// <summary>
    /// Claims the (chat, local date) plan; false when it was claimed already, so nothing goes twice. A day the ladder held
    /// back can still get its plan once (a user who comes back that day asks for it).
    /// </summary>
    public async Task<bool> TryClaimAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate date, int level, bool planSent, Instant now) =>
        await connection.ExecutePreparedAsync(
            """
            INSERT INTO plans (chat_id, local_date, level, sent_at, plan_sent) VALUES (@chatId, @date, @level, @now, @planSent)
            ON CONFLICT (chat_id, local_date) DO UPDATE SET level = excluded.level, sent_at = excluded.sent_at, plan_sent = 1
            WHERE plans.plan_sent = 0 AND excluded.plan_sent = 1
            """,
            new { chatId, date, level, now, planSent }, transaction) == 1;

    private sealed class LevelRow
    {
        public LocalDate LocalDate { get; init; }
        public long Level { get; init; }
    }
}
