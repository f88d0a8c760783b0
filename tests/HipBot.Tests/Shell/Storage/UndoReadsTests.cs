using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>What /undo reads and removes, through the one (chat, date) index a check-in is written to (migration 14).</summary>
public sealed class UndoReadsTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    private static readonly LocalDate Today = new(2026, 11, 25);

    private readonly ScratchDatabase scratch = new();
    private readonly CheckInStore store = new();

    [Fact]
    public async Task The_latest_check_in_is_the_last_one_stored_even_when_it_fills_in_a_day_of_last_week()
    {
        await using var connection = await MigratedWithChatsAsync();
        await using var transaction = connection.BeginTransaction();
        await AddAsync(connection, transaction, 1, batch: 10, Today.PlusDays(-7), Clams(2, 10));
        await AddAsync(connection, transaction, 1, batch: 20, Today, Clams(3, 20));
        await AddAsync(connection, transaction, 1, batch: 30, Today.PlusDays(-7), Clams(1, 20));
        // Another chat's later check-in is not this chat's latest.
        await AddAsync(connection, transaction, 2, batch: 40, Today, Clams(1, 5));

        var latest = await store.LatestAsync(connection, transaction, 1);

        Assert.NotNull(latest);
        Assert.Equal(30, latest.Batch);
        Assert.Equal(Today.PlusDays(-7), latest.Removed.Date);
        Assert.Equal([new ExerciseLog(Exercise.Clamshell, 1, 20, false)], latest.Removed.Entries);
        Assert.Equal([new ExerciseLog(Exercise.Clamshell, 2, 10, false)], latest.DayWithout.Entries);
    }

    [Fact]
    public async Task After_two_years_of_history_the_latest_is_still_the_last_stored()
    {
        await using var connection = await MigratedWithChatsAsync();
        await using var transaction = connection.BeginTransaction();
        for (var day = 730; day >= 1; day--)
        {
            await AddAsync(connection, transaction, 1, batch: 1_000 - day, Today.PlusDays(-day), Clams(3, 20));
        }
        await AddAsync(connection, transaction, 1, batch: 2_000, Today.PlusDays(-DayOffset.MaxDaysBack), Clams(1, 10));

        var latest = await store.LatestAsync(connection, transaction, 1);

        Assert.Equal(2_000, latest?.Batch);
    }

    [Fact]
    public async Task Removing_takes_back_that_check_in_and_nothing_else()
    {
        await using var connection = await MigratedWithChatsAsync();
        await using var transaction = connection.BeginTransaction();
        await AddAsync(connection, transaction, 1, batch: 10, Today, Clams(2, 10));
        await AddAsync(connection, transaction, 1, batch: 20, Today, Clams(1, 10));
        await AddAsync(connection, transaction, 2, batch: 20, Today, Clams(1, 10));

        await store.RemoveAsync(connection, transaction, 1, Today, 20);

        Assert.Equal(
            ["1 10", "2 20"],
            await connection.QueryAsync<string>("SELECT chat_id || ' ' || batch FROM check_ins ORDER BY chat_id", transaction: transaction));
        var day = new Logbook(await store.DaysSinceAsync(connection, transaction, 1, Today)).For(Today);
        Assert.Equal([new ExerciseLog(Exercise.Clamshell, 2, 10, false)], day.Entries);
    }

    [Fact]
    public async Task Undo_finds_and_removes_through_the_chat_and_date_index_the_check_ins_are_written_to()
    {
        await using var connection = await MigratedWithChatsAsync();

        var plan = string.Join(" | ", (await connection.QueryAsync<dynamic>(
            "EXPLAIN QUERY PLAN " + CheckInStore.LatestSql, new { chatId = 1 })).Select(r => (string)r.detail));
        var remove = string.Join(" | ", (await connection.QueryAsync<dynamic>(
            "EXPLAIN QUERY PLAN " + CheckInStore.RemoveSql, new { chatId = 1, date = "2026-11-25", batch = 1 })).Select(r => (string)r.detail));

        Assert.Equal(2, plan.Split("SEARCH check_ins USING", StringSplitOptions.None).Length - 1);
        Assert.Contains("ix_check_ins_chat_date (chat_id=? AND local_date>?)", plan, StringComparison.Ordinal);
        Assert.Contains("ix_check_ins_chat_date (chat_id=? AND local_date=?)", remove, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan + remove, StringComparison.Ordinal);
        Assert.Equal(["ix_check_ins_chat_date"], await connection.QueryAsync<string>(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'check_ins' ORDER BY name"));
    }

    public void Dispose() => scratch.Dispose();

    private async Task<SqliteConnection> MigratedWithChatsAsync()
    {
        await scratch.MigrateAsync();
        var connection = await scratch.Database.OpenAsync();
        await connection.ExecuteAsync("INSERT INTO chats (chat_id, created_at, updated_at) VALUES (1, 0, 0), (2, 0, 0)");
        return connection;
    }

    private Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, long chatId, long batch, LocalDate date, ExerciseLog entry) =>
        store.AddAsync(connection, transaction, chatId, batch, new SaveCheckIn(date, [entry], Skipped: false, CheckInSource.Text), Now);

    private static ExerciseLog Clams(int sets, int reps) => new(Exercise.Clamshell, sets, reps, IsFull: false);
}
