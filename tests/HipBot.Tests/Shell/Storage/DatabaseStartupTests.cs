using Dapper;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Shell.Storage;

public sealed class DatabaseStartupTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"foundation-{Guid.NewGuid():N}");

    public DatabaseStartupTests() => Directory.CreateDirectory(folder);

    private string DatabasePath => Path.Combine(folder, "hipbot.db");

    [Fact]
    public async Task A_fresh_database_migrates_to_the_latest_version_in_wal_mode_with_foreign_keys_on()
    {
        var database = Open(DatabasePath);

        await Migrate(database);

        await using var connection = await database.OpenAsync();
        Assert.Equal(Migrator.LatestVersion, await connection.ExecuteScalarAsync<int>("PRAGMA user_version"));
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("PRAGMA foreign_keys"));
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        Assert.Contains("inbox", tables);
        Assert.Contains("outbox", tables);
        Assert.Contains("chats", tables);
    }

    [Theory]
    [InlineData(null, -16 * 1024)]
    [InlineData(40, -40 * 1024)]
    public async Task The_writer_keeps_a_page_cache_of_the_configured_size_and_pooled_readers_keep_sqlites_default(int? megabytes, int expected)
    {
        var options = new DatabaseOptions { Path = DatabasePath };
        if (megabytes is { } configured)
        {
            options.CacheMegabytes = configured;
        }
        await using var database = new Database(Options.Create(options));
        await Migrate(database);

        // In KiB when negative: SQLite's own way of saying a size rather than a page count.
        Assert.Equal(expected, await database.ReadAsync(c => c.ExecuteScalarAsync<int>("PRAGMA cache_size")));
        await using var pooled = await database.OpenAsync();
        Assert.Equal(-2000, await pooled.ExecuteScalarAsync<int>("PRAGMA cache_size"));
    }

    [Fact]
    public async Task Finding_whose_plan_is_due_searches_indexes_not_every_chat()
    {
        var database = Open(DatabasePath);
        await Migrate(database);

        await using var connection = await database.OpenAsync();
        var steps = new List<(long Id, long Parent, long Unused, string Detail)>();
        foreach (var sql in new[] { PlanStore.DuePlansSql, PlanStore.DueSnoozesSql })
        {
            steps.AddRange(await connection.QueryAsync<(long Id, long Parent, long Unused, string Detail)>("EXPLAIN QUERY PLAN " + sql, new { now = 0L, limit = 10 }));
        }
        var plan = string.Join('\n', steps.Select(s => s.Detail));

        Assert.Matches("SEARCH chats USING (COVERING )?INDEX ix_chats_next_plan", plan);
        Assert.Matches("SEARCH chats USING (COVERING )?INDEX ix_chats_snoozed", plan);
        Assert.DoesNotContain("SCAN chats", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_twice_changes_nothing()
    {
        var database = Open(DatabasePath);
        await Migrate(database);
        var before = await Schema(database);

        await Migrate(database);

        Assert.Equal(before, await Schema(database));
    }

    [Fact]
    public async Task A_database_newer_than_the_code_refuses_to_start()
    {
        var database = Open(DatabasePath);
        await Migrate(database);
        var newer = Migrator.LatestVersion + 1;
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync($"PRAGMA user_version = {newer}");
        }

        var refused = await Assert.ThrowsAsync<StartupException>(() => Migrate(database));

        Assert.Contains($"schema version {newer}, newer than this HipBot knows ({Migrator.LatestVersion})", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        await using var after = await database.OpenAsync();
        Assert.Equal(newer, await after.ExecuteScalarAsync<int>("PRAGMA user_version"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_fails_the_integrity_check_with_a_clear_message()
    {
        await File.WriteAllTextAsync(DatabasePath, string.Concat(Enumerable.Repeat("This is a shopping list, not a database. ", 200)));

        var refused = await Assert.ThrowsAsync<StartupException>(() => Migrate(Open(DatabasePath)));

        Assert.Contains("integrity check", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Database__Path", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public async Task A_database_with_a_damaged_page_fails_the_integrity_check_with_a_clear_message()
    {
        var database = Open(DatabasePath);
        await Migrate(database);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(
                "INSERT INTO inbox (update_id, chat_id, payload, received_at, next_attempt_at) VALUES (@Id, 1, @Payload, 0, 0)",
                Enumerable.Range(1, 200).Select(id => new { Id = id, Payload = new string('x', 300) }));
            // Fold the write-ahead log into the file, so damaging the file damages the data.
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        SqliteConnection.ClearAllPools();
        var pageSize = 4096;
        var bytes = await File.ReadAllBytesAsync(DatabasePath);
        Assert.True(bytes.Length > 8 * pageSize, $"The database is only {bytes.Length} bytes.");
        // Scribble over the middle of the file, leaving the header page intact.
        Array.Fill(bytes, (byte)0xA5, 3 * pageSize, 4 * pageSize);
        await File.WriteAllBytesAsync(DatabasePath, bytes);

        var refused = await Assert.ThrowsAsync<StartupException>(() => Migrate(Open(DatabasePath)));

        Assert.Contains("integrity check", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Database__Path", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static Database Open(string path) => new(Options.Create(new DatabaseOptions { Path = path }));

    private static Task Migrate(Database database) => new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();

    private static async Task<string> Schema(Database database)
    {
        await using var connection = await database.OpenAsync();
        var version = await connection.ExecuteScalarAsync<int>("PRAGMA user_version");
        var objects = await connection.QueryAsync<string>("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name");
        return $"version {version}{Environment.NewLine}{string.Join(Environment.NewLine, objects)}";
    }
}
