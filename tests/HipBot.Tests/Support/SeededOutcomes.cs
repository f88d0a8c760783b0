using System.Globalization;
using Dapper;
using HipBot.Core.Streaks;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Tests.Support;

/// <summary>A runner set up on every day, with closed days already behind them: what the stores' history tests start from.</summary>
internal static class SeededOutcomes
{
    /// <summary>Adds chat <paramref name="chatId"/>, closed through <paramref name="lastClosed"/>, with <paramref name="outcomes"/> as its closed days.</summary>
    public static async Task AddChatAsync(SqliteConnection connection, long chatId, LocalDate lastClosed, IReadOnlyDictionary<LocalDate, DayOutcome> outcomes)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO chats (chat_id, first_name, status, time_zone, reminder_time, training_days, has_band, level, dialogue,
                               last_closed_date, created_at, updated_at)
            VALUES (@chatId, 'Ana', 'active', 'Europe/Berlin', '07:00', 127, 0, 4, '{}', @lastClosed, 0, 0)
            """, new { chatId, lastClosed = Iso(lastClosed) });
        await connection.ExecuteAsync(
            "INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@chatId, @Date, @Outcome, 0)",
            outcomes.Select(o => new { chatId, Date = Iso(o.Key), Outcome = o.Value.ToString().ToLowerInvariant() }));
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
