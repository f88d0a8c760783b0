using Dapper;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HipBot.Tests.Shell.Storage;

public sealed class HousekeepingTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private readonly string path = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"{Guid.NewGuid():N}.db");
    // The two clocks apart, so each column is seen to be judged on the clock that wrote it.
    private readonly FakeTimeProvider business = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
    private readonly FakeTimeProvider transport = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private Database database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        database = new Database(Options.Create(new DatabaseOptions { Path = path }));
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
    }

    public void Dispose() => database.Dispose();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    [Fact]
    public async Task Handled_updates_and_settled_messages_older_than_a_week_go_and_everything_else_stays()
    {
        var receivedLongAgo = Ms(transport, -8 * Day);
        var receivedLately = Ms(transport, -6 * Day);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO inbox (update_id, chat_id, payload, received_at, status, next_attempt_at)
                VALUES (1, 7, '{}', @receivedLongAgo, 'done', 0),
                       (2, 7, '{}', @receivedLately, 'done', 0),
                       (3, 7, '{}', @receivedLongAgo, 'parked', 0),
                       (4, 7, '{}', @receivedLongAgo, 'pending', 0)
                """, new { receivedLongAgo, receivedLately });
            foreach (var (note, status, createdAt, sentAt) in new (string, string, long, long?)[]
            {
                ("sent long ago", "sent", Ms(business, -9 * Day), Ms(transport, -8 * Day)),
                ("queued long ago, sent lately", "sent", Ms(business, -9 * Day), Ms(transport, -6 * Day)),
                ("dropped long ago", "dropped", Ms(business, -8 * Day), null),
                ("dropped lately", "dropped", Ms(business, -6 * Day), null),
                ("pending long", "pending", Ms(business, -30 * Day), null),
            })
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO outbox (chat_id, kind, payload, status, not_before, created_at, sent_at)
                    VALUES (7, 'send', @note, @status, 0, @createdAt, @sentAt)
                    """, new { note, status, createdAt, sentAt });
            }
        }
        var housekeeping = new Housekeeping(new HousekeepingStore(database), business, new TransportClock(transport), NullLogger<Housekeeping>.Instance);

        Assert.Equal((1, 2), await housekeeping.CleanUpAsync());

        await using (var connection = await database.OpenAsync())
        {
            Assert.Equal([2L, 3, 4], await connection.QueryAsync<long>("SELECT update_id FROM inbox ORDER BY update_id"));
            Assert.Equal(
                ["queued long ago, sent lately", "dropped lately", "pending long"],
                await connection.QueryAsync<string>("SELECT payload FROM outbox ORDER BY id"));
        }
        Assert.Equal((0, 0), await housekeeping.CleanUpAsync());
    }

    [Fact]
    public async Task Many_old_rows_go_in_batches()
    {
        var old = Ms(transport, -8 * Day);
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync(
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4500)
                INSERT INTO inbox (update_id, chat_id, payload, received_at, status, next_attempt_at)
                SELECT i, 7, '{}', @old, 'done', 0 FROM n
                """, new { old });
        }
        var housekeeping = new Housekeeping(new HousekeepingStore(database), business, new TransportClock(transport), NullLogger<Housekeeping>.Instance);

        Assert.Equal((4500, 0), await housekeeping.CleanUpAsync());
    }

    private static long Ms(TimeProvider clock, TimeSpan offset) => (clock.GetUtcNow() + offset).ToUnixTimeMilliseconds();
}
