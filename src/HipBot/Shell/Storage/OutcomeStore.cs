using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>Closed days' outcomes, read and written inside a turn's transaction.</summary>
public sealed class OutcomeStore
{
    public Task<IReadOnlyDictionary<LocalDate, DayOutcome>> AllAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId) =>
        ReadAsync(connection, transaction, "SELECT local_date, outcome FROM day_outcomes WHERE chat_id = @chatId", new { chatId });

    /// <summary>The outcomes from <paramref name="from"/> on: the closed days a check-in can still correct.</summary>
    public Task<IReadOnlyDictionary<LocalDate, DayOutcome>> SinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate from) =>
        ReadAsync(connection, transaction, "SELECT local_date, outcome FROM day_outcomes WHERE chat_id = @chatId AND local_date >= @from", new { chatId, from });

    private static async Task<IReadOnlyDictionary<LocalDate, DayOutcome>> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, object param) =>
        (await connection.QueryPreparedAsync<Row>(sql, param, transaction)).ToDictionary(r => r.LocalDate, r => Enum.Parse<DayOutcome>(r.Outcome, ignoreCase: true));

    /// <summary>
    /// The two counts of <see cref="EarlierDays"/> without reading a row (migration 10): the sessions since the newest miss,
    /// from the covering partial indexes; the sessions of all time from the chat's running count, less the recent ones.
    /// </summary>
    internal const string EarlierQuery =
        """
        SELECT
            (SELECT COUNT(*) FROM day_outcomes
             WHERE chat_id = @chatId AND local_date < @before AND outcome IN ('done', 'partial')
               AND local_date > COALESCE(
                   (SELECT MAX(local_date) FROM day_outcomes WHERE chat_id = @chatId AND local_date < @before AND outcome = 'missed'), '')),
            (SELECT sessions FROM chats WHERE chat_id = @chatId)
                - (SELECT COUNT(*) FROM day_outcomes WHERE chat_id = @chatId AND local_date >= @before AND outcome IN ('done', 'partial'))
        """;

    /// <summary>The closed days before <paramref name="before"/>, counted without reading them (<see cref="EarlierDays"/>).</summary>
    public async Task<EarlierDays> EarlierAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate before)
    {
        var (run, sessions) = await connection.QueryFirstOrDefaultPreparedAsync<(long Run, long Sessions)>(EarlierQuery, new { chatId, before }, transaction);
        return new EarlierDays(before, (int)run, (int)sessions);
    }

    public Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, SaveOutcome outcome, Instant now) =>
        connection.ExecutePreparedAsync(
            """
            INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@chatId, @Date, @Outcome, @now)
            ON CONFLICT (chat_id, local_date) DO UPDATE SET outcome = excluded.outcome
            """,
            new { chatId, outcome.Date, Outcome = outcome.Outcome.ToString().ToLowerInvariant(), now },
            transaction);

    private sealed class Row
    {
        public LocalDate LocalDate { get; init; }
        public string Outcome { get; init; } = "";
    }
}
