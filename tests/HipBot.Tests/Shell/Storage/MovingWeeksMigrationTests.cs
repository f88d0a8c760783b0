using Dapper;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Shell.Storage;

/// <summary>Migration 6: chats learn the day they started, and plans whether they went out, with nothing else changed.</summary>
public sealed class MovingWeeksMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"weeks-{Guid.NewGuid():N}");
    private readonly Database database;

    public MovingWeeksMigrationTests()
    {
        Directory.CreateDirectory(folder);
        database = new Database(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "hipbot.db") }));
    }

    [Fact]
    public async Task A_chat_from_before_started_on_its_first_plan_or_check_in_and_its_plans_went_out()
    {
        await LegacySchema.CreateAsync(database, 5);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO chats (chat_id, status, created_at, updated_at) VALUES (1, 'active', 0, 0), (2, 'active', 0, 0), (3, 'onboarding', 0, 0);
                INSERT INTO plans (chat_id, local_date, level, sent_at) VALUES (1, '2026-11-20', 1, 0), (1, '2026-11-23', 1, 0);
                INSERT INTO check_ins (chat_id, local_date, batch, skipped, created_at) VALUES (1, '2026-11-18', 1, 1, 0);
                """);
        }

        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();

        await using var migrated = await database.OpenAsync();
        Assert.Equal(["1 2026-11-18", "2 -", "3 -"], await migrated.QueryAsync<string>("SELECT chat_id || ' ' || COALESCE(joined_on, '-') FROM chats ORDER BY chat_id"));
        Assert.Equal([1L, 1L], await migrated.QueryAsync<long>("SELECT plan_sent FROM plans ORDER BY local_date"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
