using Dapper;
using HipBot.Chats;
using HipBot.CheckIns;
using HipBot.Training;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Storage;

/// <summary>What one chat logged on its recent local days.</summary>
public sealed class Logbook(IReadOnlyDictionary<LocalDate, DayLog> days)
{
    public DayLog For(LocalDate date) => days.TryGetValue(date, out var log) ? log : DayLog.Empty(date);
}

/// <summary>The removed rows of one check-in, so /undo can say what it took back.</summary>
public sealed record UndoneCheckIn(LocalDate Date, IReadOnlyList<ExerciseLog> Entries, bool Skipped);

/// <summary>Check-in rows, written inside the transaction of the update that caused them.</summary>
public static class CheckInStore
{
    /// <summary>How many local days back a chat's logbook reaches: today, yesterday, and a day of slack for zones ahead of UTC.</summary>
    private const int DaysBack = 3;

    public static async Task<Logbook> LogsAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, Instant now)
    {
        var since = ChatStorageFormat.Date(now.InUtc().Date.PlusDays(-DaysBack));
        var rows = await connection.QueryAsync<Row>(
            """
            SELECT local_date AS LocalDate, batch AS Batch, exercise AS Exercise, sets AS Sets,
                   reps_per_side AS RepsPerSide, is_full AS IsFull, skipped AS Skipped
            FROM check_ins WHERE chat_id = @chatId AND local_date >= @since
            ORDER BY id
            """, new { chatId, since }, transaction);
        return new Logbook(rows.GroupBy(r => r.LocalDate).ToDictionary(
            g => ChatRepository.DatePattern.Parse(g.Key).GetValueOrThrow(),
            g => ToLog(ChatRepository.DatePattern.Parse(g.Key).GetValueOrThrow(), g.ToList())));
    }

    public static async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, LocalDate date, long batch,
        IReadOnlyList<ExerciseLog> entries, bool skipped, Instant now)
    {
        var localDate = ChatStorageFormat.Date(date);
        var createdAt = now.ToUnixTimeMilliseconds();
        if (skipped)
        {
            await connection.ExecuteAsync(
                "INSERT INTO check_ins (chat_id, local_date, batch, skipped, created_at) VALUES (@chatId, @localDate, @batch, 1, @createdAt)",
                new { chatId, localDate, batch, createdAt }, transaction);
        }
        await connection.ExecuteAsync(
            """
            INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at)
            VALUES (@chatId, @localDate, @batch, @Exercise, @Sets, @RepsPerSide, @IsFull, @createdAt)
            """,
            entries.Select(e => new { chatId, localDate, batch, Exercise = (int)e.Exercise, e.Sets, e.RepsPerSide, e.IsFull, createdAt }),
            transaction);
    }

    /// <summary>Removes the latest check-in of the chat, whole; null when there is none.</summary>
    public static async Task<UndoneCheckIn?> UndoLastAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var batch = await connection.ExecuteScalarAsync<long?>(
            "SELECT batch FROM check_ins WHERE chat_id = @chatId ORDER BY id DESC LIMIT 1", new { chatId }, transaction);
        if (batch is null)
        {
            return null;
        }
        var rows = (await connection.QueryAsync<Row>(
            """
            SELECT local_date AS LocalDate, batch AS Batch, exercise AS Exercise, sets AS Sets,
                   reps_per_side AS RepsPerSide, is_full AS IsFull, skipped AS Skipped
            FROM check_ins WHERE chat_id = @chatId AND batch = @batch ORDER BY id
            """, new { chatId, batch }, transaction)).ToList();
        await connection.ExecuteAsync("DELETE FROM check_ins WHERE chat_id = @chatId AND batch = @batch", new { chatId, batch }, transaction);
        var log = ToLog(ChatRepository.DatePattern.Parse(rows[0].LocalDate).GetValueOrThrow(), rows);
        return new UndoneCheckIn(log.Date, log.Entries, log.Skipped);
    }

    private static DayLog ToLog(LocalDate date, IReadOnlyList<Row> rows)
    {
        var lastSkip = rows.Where(r => r.Skipped).Select(r => r.Batch).DefaultIfEmpty(long.MinValue).Max();
        var lastWork = rows.Where(r => !r.Skipped).Select(r => r.Batch).DefaultIfEmpty(long.MinValue).Max();
        return new DayLog(date)
        {
            Entries = rows.Where(r => !r.Skipped && r.Exercise is not null)
                .Select(r => new ExerciseLog((Exercise)r.Exercise!.Value, (int)r.Sets, (int)r.RepsPerSide, r.IsFull))
                .ToList(),
            // Work logged after a skip clears it: the user changed their mind and trained after all.
            Skipped = lastSkip > lastWork,
        };
    }

    private sealed class Row
    {
        public string LocalDate { get; init; } = "";
        public long Batch { get; init; }
        public long? Exercise { get; init; }
        public long Sets { get; init; }
        public long RepsPerSide { get; init; }
        public bool IsFull { get; init; }
        public bool Skipped { get; init; }
    }
}
