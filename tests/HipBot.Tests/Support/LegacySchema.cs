using System.Globalization;
using Dapper;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;

namespace HipBot.Tests.Support;

/// <summary>Databases as older HipBots left them, for the tests of what an upgrade does to them.</summary>
internal static class LegacySchema
{
    /// <summary>A new database built by the embedded migrations up to <paramref name="version"/> only, as that HipBot built it.</summary>
    public static async Task CreateAsync(Database database, int version)
    {
        var assembly = typeof(Migrator).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.Contains(".Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.Split('.')[^2].Split('_')[0], CultureInfo.InvariantCulture), Name: n))
            .Where(s => s.Version <= version)
            .OrderBy(s => s.Version);
        await using var connection = await database.OpenAsync();
        foreach (var (_, name) in scripts)
        {
            await using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            await connection.ExecuteAsync(await reader.ReadToEndAsync());
        }
        await connection.ExecuteAsync($"PRAGMA user_version = {version}");
    }

    /// <summary>
    /// A running bot's database taken back to schema 3's tables, so the upgrade from there runs again: migration 4
    /// changes no table, the columns migrations 5 and 6 added are dropped (5's outbox rebuild may run again as it is), and
    /// so is what migration 7 added (its triggers first, which name the columns) and the tables migration 9 made (its
    /// outbox rebuild may run again as it is), what migration 10 added (its triggers first, then its indexes and column), and
    /// the tables of migrations 11 and 12 (their triggers first). Migration 13 needs no undoing: it rebuilds the tables it
    /// finds, with their rows. The index migration 14 dropped is made again.
    /// </summary>
    public static Task RewindToSchema3Async(SqliteConnection connection) =>
        connection.ExecuteAsync(
            """
            CREATE INDEX ix_check_ins_chat_batch ON check_ins (chat_id, batch);
            DROP TRIGGER tr_day_outcomes_earlier_run_insert;
            DROP TRIGGER tr_day_outcomes_earlier_run_update;
            DROP TRIGGER tr_day_outcomes_earlier_run_delete;
            DROP TABLE earlier_runs;
            DROP TRIGGER tr_check_in_sums_insert;
            DROP TRIGGER tr_check_in_sums_delete;
            DROP TRIGGER tr_check_in_sums_update;
            DROP TABLE check_in_sums;
            DROP TRIGGER tr_day_outcomes_sessions_insert;
            DROP TRIGGER tr_day_outcomes_sessions_update;
            DROP TRIGGER tr_day_outcomes_sessions_delete;
            DROP INDEX ix_day_outcomes_sessions;
            DROP INDEX ix_day_outcomes_misses;
            ALTER TABLE chats DROP COLUMN sessions;
            DROP TABLE group_setup_links;
            DROP TABLE group_members;
            DROP TABLE groups;
            DROP TRIGGER tr_inbox_heads_insert;
            DROP TRIGGER tr_inbox_heads_pending;
            DROP TRIGGER tr_inbox_heads_settled;
            DROP TRIGGER tr_inbox_heads_deleted;
            DROP TRIGGER tr_check_ins_totals_insert;
            DROP TRIGGER tr_check_ins_totals_delete;
            DROP TABLE inbox_heads;
            ALTER TABLE chats DROP COLUMN reps_clamshell;
            ALTER TABLE chats DROP COLUMN reps_side_leg_raise;
            ALTER TABLE chats DROP COLUMN reps_traveling_side_squat;
            ALTER TABLE check_ins DROP COLUMN side;
            ALTER TABLE check_ins DROP COLUMN source;
            ALTER TABLE chats DROP COLUMN joined_on;
            ALTER TABLE chats DROP COLUMN mini_on;
            ALTER TABLE chats DROP COLUMN welcomed_at;
            ALTER TABLE chats DROP COLUMN times_per_week;
            ALTER TABLE plans DROP COLUMN plan_sent;
            PRAGMA user_version = 3;
            """);
}
