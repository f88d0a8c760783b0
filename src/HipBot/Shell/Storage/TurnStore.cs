using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Shell.Storage;

/// <summary>What a turn reads beside the chat (check-ins, outcomes, plans sent) and the records it writes, inside its transaction.</summary>
public static class TurnStore
{
    /// <summary>How far back a turn sees the chat's days: enough for the stats calendar (five weeks) and a level-up window.</summary>
    public const int DaysLoaded = 40;

    private const string Columns = """
        local_date AS LocalDate, batch AS Batch, exercise AS Exercise, sets AS Sets,
        reps_per_side AS RepsPerSide, is_full AS IsFull, skipped AS Skipped
        """;

    /// <summary>Loads what a turn may need: the recent logbook, the latest check-in, the last day anything was logged, outcomes and totals.</summary>
    /// <param name="lastClosed">The chat's last closed day: everything after it is loaded too, however long ago.</param>
    public static async Task<ChatContext> LoadContextAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, Instant now, LocalDate? lastClosed)
    {
        var recent = now.InUtc().Date.PlusDays(-DaysLoaded);
        var since = IsoDate.Format(lastClosed is { } closed && closed < recent ? closed.PlusDays(1) : recent);
        var rows = (await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM check_ins WHERE chat_id = @chatId AND local_date >= @since ORDER BY id",
            new { chatId, since }, transaction)).ToList();
        var logbook = new Logbook(rows.GroupBy(r => r.LocalDate).ToDictionary(g => IsoDate.Parse(g.Key), g => ToLog(IsoDate.Parse(g.Key), [.. g])));

        var lastDate = await connection.ExecuteScalarAsync<string?>(
            "SELECT MAX(local_date) FROM check_ins WHERE chat_id = @chatId AND skipped = 0", new { chatId }, transaction);
        var totals = await connection.QueryAsync<(long Exercise, long Reps)>(
            "SELECT exercise, SUM(sets * reps_per_side) FROM check_ins WHERE chat_id = @chatId AND exercise IS NOT NULL GROUP BY exercise",
            new { chatId }, transaction);
        var planned = await connection.QueryAsync<string>(
            "SELECT local_date FROM plans WHERE chat_id = @chatId AND local_date >= @since", new { chatId, since }, transaction);
        return new ChatContext(now, logbook, await LatestAsync(connection, transaction, chatId), lastDate is null ? null : IsoDate.Parse(lastDate))
        {
            PlannedDates = planned.Select(IsoDate.Parse).ToHashSet(),
            Outcomes = await OutcomeStore.AllAsync(connection, transaction, chatId),
            TotalReps = totals.ToDictionary(t => (Exercise)t.Exercise, t => (int)t.Reps),
        };
    }

    /// <summary>Saves a turn's effects; <paramref name="batch"/> (the update id) ties a check-in's rows together for /undo.</summary>
    public static async Task ApplyAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, long batch, IEnumerable<Effect> effects, Instant now)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case SaveCheckIn save:
                    await AddAsync(connection, transaction, chatId, batch, save, now);
                    break;
                case SaveOutcome outcome:
                    await OutcomeStore.SaveAsync(connection, transaction, chatId, outcome, now);
                    break;
                case RemoveCheckIn remove:
                    await connection.ExecuteAsync("DELETE FROM check_ins WHERE chat_id = @chatId AND batch = @Batch",
                        new { chatId, remove.Batch }, transaction);
                    break;
            }
        }
    }

    private static async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, long batch, SaveCheckIn save, Instant now)
    {
        var localDate = IsoDate.Format(save.Date);
        var createdAt = now.ToUnixTimeMilliseconds();
        if (save.Skipped)
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
            save.Entries.Select(e => new { chatId, localDate, batch, Exercise = (int)e.Exercise, e.Sets, e.RepsPerSide, e.IsFull, createdAt }),
            transaction);
    }

    private static async Task<LatestCheckIn?> LatestAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var latest = await connection.QueryFirstOrDefaultAsync<(long Batch, string LocalDate)?>(
            "SELECT batch, local_date FROM check_ins WHERE chat_id = @chatId ORDER BY id DESC LIMIT 1", new { chatId }, transaction);
        if (latest is not { } found)
        {
            return null;
        }
        var day = (await connection.QueryAsync<Row>(
            $"SELECT {Columns} FROM check_ins WHERE chat_id = @chatId AND local_date = @LocalDate ORDER BY id",
            new { chatId, found.LocalDate }, transaction)).ToList();
        var date = IsoDate.Parse(found.LocalDate);
        return new LatestCheckIn(
            found.Batch,
            ToLog(date, [.. day.Where(r => r.Batch == found.Batch)]),
            ToLog(date, [.. day.Where(r => r.Batch != found.Batch)]));
    }

    private static DayLog ToLog(LocalDate date, IReadOnlyList<Row> rows)
    {
        var lastSkip = rows.Where(r => r.Skipped).Select(r => r.Batch).DefaultIfEmpty(long.MinValue).Max();
        var lastWork = rows.Where(r => !r.Skipped).Select(r => r.Batch).DefaultIfEmpty(long.MinValue).Max();
        return new DayLog(date)
        {
            Entries = [.. rows.Where(r => !r.Skipped && r.Exercise is not null)
                .Select(r => new ExerciseLog((Exercise)r.Exercise!.Value, (int)r.Sets, (int)r.RepsPerSide, r.IsFull))],
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
