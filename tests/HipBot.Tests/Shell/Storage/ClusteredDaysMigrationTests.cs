using Dapper;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Storage;

/// <summary>Migration 13: plans and closed days clustered by chat and date, with every row, count and trigger as before.</summary>
public sealed class ClusteredDaysMigrationTests : IDisposable
{
    private readonly ScratchDatabase scratch = new();

    [Fact]
    public async Task Plans_and_closed_days_from_before_are_all_kept_and_the_counts_on_them_go_on()
    {
        await LegacySchema.CreateAsync(scratch.Database, 12);
        await using (var connection = await scratch.Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO chats (chat_id, status, created_at, updated_at) VALUES (1, 'active', 0, 0), (2, 'active', 0, 0);
                INSERT INTO plans (chat_id, local_date, level, sent_at, plan_sent)
                VALUES (2, '2026-11-20', 3, 10, 1), (1, '2026-11-20', 1, 11, 0), (1, '2026-11-21', 2, 12, 1);
                INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at)
                VALUES (2, '2026-11-20', 'done', 20), (1, '2026-11-20', 'missed', 21), (1, '2026-11-21', 'partial', 22);
                INSERT INTO earlier_runs (chat_id, before_date, run) VALUES (1, '2026-11-25', 1);
                """);
        }

        await scratch.MigrateAsync();

        await using var migrated = await scratch.Database.OpenAsync();
        Assert.Equal(
            ["1 2026-11-20 1 11 0", "1 2026-11-21 2 12 1", "2 2026-11-20 3 10 1"],
            await migrated.QueryAsync<string>("SELECT chat_id || ' ' || local_date || ' ' || level || ' ' || sent_at || ' ' || plan_sent FROM plans ORDER BY chat_id, local_date"));
        Assert.Equal(
            ["1 2026-11-20 missed 21", "1 2026-11-21 partial 22", "2 2026-11-20 done 20"],
            await migrated.QueryAsync<string>("SELECT chat_id || ' ' || local_date || ' ' || outcome || ' ' || closed_at FROM day_outcomes ORDER BY chat_id, local_date"));
        // The copy fired no trigger: each chat's sessions stand as migration 10 counted them.
        Assert.Equal([1L, 1L], await migrated.QueryAsync<long>("SELECT sessions FROM chats ORDER BY chat_id"));

        // The triggers made again: a late closing counts as a session and drops the run that did not count it.
        await migrated.ExecuteAsync("INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (1, '2026-11-22', 'done', 30)");
        Assert.Equal(2L, await migrated.ExecuteScalarAsync<long>("SELECT sessions FROM chats WHERE chat_id = 1"));
        Assert.Equal(0L, await migrated.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM earlier_runs WHERE chat_id = 1"));
        // Every index and trigger of migrations 10 and 12 is there again.
        Assert.Equal(
            ["index ix_day_outcomes_misses", "index ix_day_outcomes_sessions",
             "trigger tr_day_outcomes_earlier_run_delete", "trigger tr_day_outcomes_earlier_run_insert", "trigger tr_day_outcomes_earlier_run_update",
             "trigger tr_day_outcomes_sessions_delete", "trigger tr_day_outcomes_sessions_insert", "trigger tr_day_outcomes_sessions_update"],
            await migrated.QueryAsync<string>("SELECT type || ' ' || name FROM sqlite_master WHERE tbl_name = 'day_outcomes' AND type IN ('index', 'trigger') ORDER BY type, name"));
        // A plan's day is still claimed once.
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() =>
            migrated.ExecuteAsync("INSERT INTO plans (chat_id, local_date, level, sent_at) VALUES (1, '2026-11-21', 2, 40)"));
    }

    [Fact]
    public async Task A_turns_days_are_read_from_the_rows_themselves_not_through_a_second_index()
    {
        await scratch.MigrateAsync();

        await using var connection = await scratch.Database.OpenAsync();
        var plans = string.Join(" | ", (await connection.QueryAsync<dynamic>(
            "EXPLAIN QUERY PLAN " + PlanStore.PlannedSinceSql, new { chatId = 1, since = "2026-11-20" })).Select(r => (string)r.detail));
        var outcomes = string.Join(" | ", (await connection.QueryAsync<dynamic>(
            "EXPLAIN QUERY PLAN " + OutcomeStore.SinceSql, new { chatId = 1, from = "2026-11-20" })).Select(r => (string)r.detail));

        Assert.Contains("USING PRIMARY KEY", plans, StringComparison.Ordinal);
        Assert.Contains("USING PRIMARY KEY", outcomes, StringComparison.Ordinal);
    }

    public void Dispose() => scratch.Dispose();
}
