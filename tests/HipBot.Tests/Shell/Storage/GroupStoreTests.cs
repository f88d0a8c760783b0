using Dapper;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Shell.Storage;

/// <summary>What the group tables do when a group moves or its admin asks to be forgotten.</summary>
public sealed class GroupStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"groups-{Guid.NewGuid():N}");
    private readonly Database database;

    public GroupStoreTests()
    {
        Directory.CreateDirectory(folder);
        database = new Database(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "hipbot.db") }));
    }

    [Fact]
    public async Task An_admin_who_asks_to_be_forgotten_is_no_longer_named_on_the_group_they_set_up()
    {
        await MigrateAsync();
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO chats (chat_id, created_at, updated_at) VALUES (7, 0, 0);
            INSERT INTO groups (group_id, title, status, admin_chat_id, created_at, updated_at) VALUES (-100, 'Club', 'active', 7, 0, 0);
            """);

        await using (var transaction = connection.BeginTransaction())
        {
            await new ForgetStore(NullLogger<ForgetStore>.Instance).ForgetAsync(connection, transaction, chatId: 7, throughUpdateId: 0);
            transaction.Commit();
        }

        Assert.Null(await connection.ExecuteScalarAsync<long?>("SELECT admin_chat_id FROM groups WHERE group_id = -100"));
    }

    [Fact]
    public async Task A_group_moves_onto_its_supergroup_even_when_the_supergroup_was_seen_first()
    {
        await MigrateAsync();
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO groups (group_id, title, status, challenge, created_at, updated_at) VALUES (-1, 'Club', 'active', '{}', 0, 0);
            INSERT INTO groups (group_id, title, status, created_at, updated_at) VALUES (-1001, 'Club', 'awaiting_setup', 0, 0);
            """);

        await using (var transaction = connection.BeginTransaction())
        {
            await new GroupStore(database, new CheckInStore()).MoveAsync(connection, transaction, from: -1, to: -1001);
            transaction.Commit();
        }

        Assert.Equal([(-1001L, "active")], (await connection.QueryAsync<(long, string)>("SELECT group_id, status FROM groups")).ToList());
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task MigrateAsync() => new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
}
