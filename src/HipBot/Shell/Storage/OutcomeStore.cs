using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>Closed days' outcomes, read and written inside a turn's transaction.</summary>
public sealed class OutcomeStore
{
    public Task<IReadOnlyDictionary<LocalDate, DayOutcome>> AllAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId) =>
        ReadAsync(connection, transaction, AllSql, new { chatId });

    /// <summary>Read by every turn that reads closed days, from the rows clustered by chat and date (migration 13); the dates come as day numbers, not text to parse.</summary>
    internal static readonly string SinceSql = $"SELECT {SqlTypes.DayNumberOf("local_date")}, outcome FROM day_outcomes WHERE chat_id = @chatId AND local_date >= @from";

    private static readonly string AllSql = $"SELECT {SqlTypes.DayNumberOf("local_date")}, outcome FROM day_outcomes WHERE chat_id = @chatId";

    /// <summary>The outcomes from <paramref name="from"/> on: the closed days a check-in can still correct.</summary>
    private static Task<IReadOnlyDictionary<LocalDate, DayOutcome>> SinceAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate from) =>
        ReadAsync(connection, transaction, SinceSql, new { chatId, from });

    private static Task<IReadOnlyDictionary<LocalDate, DayOutcome>> ReadAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, object param) =>
        connection.ReadPreparedAsync<IReadOnlyDictionary<LocalDate, DayOutcome>>(sql, param, transaction, reader =>
        {
            var outcomes = new Dictionary<LocalDate, DayOutcome>();
            while (reader.Read())
            {
                outcomes[SqlTypes.FromDayNumber(reader.GetInt32(0))] = Words.Read(reader.GetString(1));
            }
            return outcomes;
        });

    /// <summary>
    /// The run of <see cref="EarlierDays"/> without reading a row (migration 10): the sessions since the newest miss, from
    /// the covering partial indexes. It walks the whole run, so it answers only when the chat keeps no run to go on from.
    /// </summary>
    internal const string RunQuery =
        """
        SELECT COUNT(*) FROM day_outcomes
        WHERE chat_id = @chatId AND local_date < @before AND outcome IN ('done', 'partial')
          AND local_date > COALESCE(
              (SELECT MAX(local_date) FROM day_outcomes WHERE chat_id = @chatId AND local_date < @before AND outcome = 'missed'), '')
        """;

    /// <summary>
    /// The run the chat keeps (migration 12), if any, and the sessions of all time from the chat's running count
    /// (migration 10): one statement, all a turn on the same window as the last one reads beside the window's own rows.
    /// </summary>
    private const string KeptQuery =
        """
        SELECT r.before_date, r.run, (SELECT sessions FROM chats WHERE chat_id = @chatId)
        FROM (SELECT 1) LEFT JOIN earlier_runs r ON r.chat_id = @chatId
        """;

    /// <summary>
    /// How far back a kept run is gone on from: the fold reads a row for every closed day since it, so a chat back after
    /// months is counted in the index instead, which walks no more than its run.
    /// </summary>
    internal const int KeptRunReach = 60;

    /// <summary>
    /// The closed days from <paramref name="from"/> on, and those before it as two numbers (<see cref="EarlierDays"/>):
    /// what a correction of a closed day reads of the record, the same for a runner of two years as of two weeks.
    /// </summary>
    public async Task<(IReadOnlyDictionary<LocalDate, DayOutcome> Recent, EarlierDays Earlier)> RecentAsync(
        SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate from)
    {
        var recent = await SinceAsync(connection, transaction, chatId, from);
        // The sessions before the window are all the chat's less the window's, which are in hand: no index is counted.
        var recentSessions = recent.Values.Count(o => o is DayOutcome.Done or DayOutcome.Partial);
        return (recent, await EarlierAsync(connection, transaction, chatId, from, recentSessions));
    }

    /// <summary>
    /// The closed days before <paramref name="before"/> as two numbers, without reading the years of them: the run goes on
    /// from the one kept for an earlier window start over the few days since, and is kept again for this one. A run kept
    /// for a later date (the clock went back) or long ago is counted afresh.
    /// </summary>
    private static async Task<EarlierDays> EarlierAsync(
        SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate before, int recentSessions)
    {
        var kept = await connection.ReadPreparedAsync(KeptQuery, new { chatId }, transaction, reader =>
        {
            reader.Read();
            return (Before: reader.IsDBNull(0) ? (LocalDate?)null : IsoDate.Parse(reader.GetString(0)),
                Run: reader.IsDBNull(1) ? 0 : reader.GetInt32(1),
                Sessions: reader.IsDBNull(2) ? 0 : reader.GetInt32(2));
        });
        var sessions = kept.Sessions - recentSessions;
        if (kept.Before == before)
        {
            return new EarlierDays(before, kept.Run, sessions);
        }
        int counted;
        if (kept.Before is { } since && since < before && since >= before.PlusDays(-KeptRunReach))
        {
            var days = await connection.QueryPreparedAsync<string>(
                "SELECT outcome FROM day_outcomes WHERE chat_id = @chatId AND local_date >= @since AND local_date < @before ORDER BY local_date",
                new { chatId, since, before }, transaction);
            counted = EarlierDays.Advance(kept.Run, days.Select(Words.Read));
        }
        else
        {
            counted = (int)await connection.ExecuteScalarPreparedAsync<long>(RunQuery, new { chatId, before }, transaction);
        }
        await connection.ExecutePreparedAsync(
            """
            INSERT INTO earlier_runs (chat_id, before_date, run) VALUES (@chatId, @before, @counted)
            ON CONFLICT (chat_id) DO UPDATE SET before_date = excluded.before_date, run = excluded.run
            """,
            new { chatId, before, counted }, transaction);
        return new EarlierDays(before, counted, sessions);
    }

    public Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, SaveOutcome outcome, Instant now) =>
        connection.ExecutePreparedAsync(
            """
            INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@chatId, @Date, @Outcome, @now)
            ON CONFLICT (chat_id, local_date) DO UPDATE SET outcome = excluded.outcome
            """,
            new { chatId, outcome.Date, Outcome = Words.Write(outcome.Outcome), now },
            transaction);

    /// <summary>The words the outcome column holds (its CHECK constraint lists the same).</summary>
    private static readonly StoredWords<DayOutcome> Words = new(
        (DayOutcome.Done, "done"), (DayOutcome.Partial, "partial"), (DayOutcome.Skipped, "skipped"), (DayOutcome.Paused, "paused"), (DayOutcome.Missed, "missed"));
}
