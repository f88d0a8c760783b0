using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>Closed days' outcomes, read and written inside a turn's transaction.</summary>
public static class OutcomeStore
{
    public static async Task<IReadOnlyDictionary<LocalDate, DayOutcome>> AllAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var rows = await connection.QueryAsync<(string LocalDate, string Outcome)>(
            "SELECT local_date, outcome FROM day_outcomes WHERE chat_id = @chatId", new { chatId }, transaction);
        return rows.ToDictionary(
            r => IsoDate.Parse(r.LocalDate),
            r => Enum.Parse<DayOutcome>(r.Outcome, ignoreCase: true));
    }

    public static Task SaveAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, SaveOutcome outcome, Instant now) =>
        connection.ExecuteAsync(
            """
            INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@chatId, @LocalDate, @Outcome, @now)
            ON CONFLICT (chat_id, local_date) DO UPDATE SET outcome = excluded.outcome
            """,
            new
            {
                chatId,
                LocalDate = IsoDate.Format(outcome.Date),
                Outcome = outcome.Outcome.ToString().ToLowerInvariant(),
                now = now.ToUnixTimeMilliseconds(),
            },
            transaction);
}
