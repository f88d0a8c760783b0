using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>The days a turn reads come from sums the triggers keep; they must say what the check-ins themselves say.</summary>
public sealed class CheckInSumsTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    private static readonly LocalDate Today = new(2026, 11, 25);

    private readonly ScratchDatabase scratch = new();
    private readonly CheckInStore store = new();

    [Fact]
    public async Task Days_of_check_ins_skips_undos_and_hand_made_fixes_read_the_same_as_adding_up_their_rows()
    {
        await scratch.MigrateAsync();
        await using var connection = await scratch.Database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO chats (chat_id, created_at, updated_at) VALUES (1, 0, 0), (2, 0, 0), (3, 0, 0)");
        await using var transaction = connection.BeginTransaction();
        var random = new Random(10);
        var batches = new Dictionary<long, List<(long Batch, LocalDate Date)>>();
        for (var step = 1L; step <= 600; step++)
        {
            var chatId = random.Next(1, 4);
            var owned = batches.TryGetValue(chatId, out var list) ? list : batches[chatId] = [];
            if (owned.Count > 0 && random.Next(5) == 0)
            {
                // /undo takes the latest or, through a hand-made fix, any batch.
                var (batch, date) = owned[random.Next(owned.Count)];
                owned.Remove((batch, date));
                await store.RemoveAsync(connection, transaction, chatId, date, batch);
                continue;
            }
            var checkIn = RandomCheckIn(random);
            owned.Add((step, checkIn.Date));
            await store.AddAsync(connection, transaction, chatId, step, checkIn, Now);
        }

        // HipBot never edits a check-in; a hand-made fix moves rows between sums, and both are counted again.
        await connection.ExecuteAsync(
            "UPDATE check_ins SET sets = sets + 1, reps_per_side = 30, is_full = 1 - is_full WHERE id % 7 = 0 AND skipped = 0", transaction: transaction);
        await connection.ExecuteAsync("UPDATE check_ins SET local_date = date(local_date, '-1 day') WHERE id % 11 = 0", transaction: transaction);

        foreach (var chatId in batches.Keys)
        {
            var read = new Logbook(await store.DaysSinceAsync(connection, transaction, chatId, Today.PlusDays(-10)));
            var counted = await AddedUpAsync(connection, transaction, chatId);
            Assert.NotEmpty(counted);
            for (var date = Today.PlusDays(-10); date <= Today; date = date.PlusDays(1))
            {
                var expected = counted.TryGetValue(date, out var day) ? day : DayLog.Empty(date);
                Assert.Equal(Describe(expected), Describe(read.For(date)));
            }
        }
    }

    [Fact]
    public async Task A_database_from_before_the_sums_reads_its_days_as_it_did()
    {
        await LegacySchema.CreateAsync(scratch.Database, 10);
        await using (var connection = await scratch.Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO chats (chat_id, created_at, updated_at) VALUES (1, 0, 0);
                INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at) VALUES (1, '2026-11-24', 7, 1, 2, 10, 0, 0);
                INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at) VALUES (1, '2026-11-24', 8, 1, 1, 10, 1, 0);
                INSERT INTO check_ins (chat_id, local_date, batch, skipped, created_at) VALUES (1, '2026-11-25', 9, 1, 0);
                """);
        }

        await scratch.MigrateAsync();

        await using var migrated = await scratch.Database.OpenAsync();
        await using var transaction = migrated.BeginTransaction();
        var read = new Logbook(await store.DaysSinceAsync(migrated, transaction, 1, Today.PlusDays(-3)));
        Assert.Equal([new ExerciseLog(Exercise.Clamshell, 3, 10, IsFull: true)], read.For(Today.PlusDays(-1)).Entries);
        Assert.True(read.For(Today).Skipped);
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>A few days back, a skip now and then, and a small set of numbers, so the same sums meet again and again.</summary>
    private static SaveCheckIn RandomCheckIn(Random random)
    {
        var date = Today.PlusDays(-random.Next(0, 8));
        var skipped = random.Next(6) == 0;
        var entries = skipped && random.Next(2) == 0 ? [] : Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => new ExerciseLog((Exercise)random.Next(1, 4), random.Next(1, 4), random.Next(1, 3) * 10, random.Next(3) == 0))
            .ToList();
        return new SaveCheckIn(date, entries, skipped, CheckInSource.Text);
    }

    /// <summary>What the sums replace: the chat's rows grouped in place, as every turn did before migration 11.</summary>
    private static async Task<Dictionary<LocalDate, DayLog>> AddedUpAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId)
    {
        var rows = await connection.QueryAsync<(string Date, long Batch, long? Exercise, long Sets, long Reps, long Full, long Skipped)>(
            """
            SELECT local_date, MAX(batch), exercise, SUM(sets), reps_per_side, MAX(is_full), skipped FROM check_ins WHERE chat_id = @chatId
            GROUP BY local_date, skipped, exercise, reps_per_side ORDER BY local_date, MIN(id)
            """, new { chatId }, transaction);
        return rows.GroupBy(r => LocalDate.FromDateTime(DateTime.Parse(r.Date, System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(g => g.Key, g =>
        {
            var lastSkip = g.Where(r => r.Skipped != 0).Select(r => r.Batch).DefaultIfEmpty(long.MinValue).Max();
            var lastWork = g.Where(r => r.Skipped == 0).Select(r => r.Batch).DefaultIfEmpty(long.MinValue).Max();
            var entries = g.Where(r => r.Skipped == 0 && r.Exercise is not null)
                .Select(r => new ExerciseLog((Exercise)r.Exercise!.Value, (int)r.Sets, (int)r.Reps, r.Full != 0)).ToList();
            return new DayLog(g.Key) { Entries = entries, Skipped = lastSkip > lastWork };
        });
    }

    private static string Describe(DayLog day) =>
        $"{day.Date}: {(day.Skipped ? "skipped; " : "")}{string.Join(", ", day.Entries.Select(e => $"{e.Exercise} {e.Sets}x{e.RepsPerSide}{(e.IsFull ? " full" : "")}"))}";
}
