using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>Closed days' outcomes, read and written inside a turn's transaction.</summary>
public sealed class OutcomeStore
{
    public async Task<IReadOnlyDictionary<LocalDate, DayOutcome>> AllAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var rows = await connection.QueryPreparedAsync<Row>(
            "SELECT local_date, outcome FROM day_outcomes WHERE chat_id = @chatId", new { chatId }, transaction);
        return rows.ToDictionary(r => r.LocalDate, r => Enum.Parse<DayOutcome>(r.Outcome, ignoreCase: true));
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
