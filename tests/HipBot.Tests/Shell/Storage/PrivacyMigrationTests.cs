using Dapper;
using HipBot.Core.Messages;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Shell.Storage;

/// <summary>Migration 5: check-ins learn their side and source, and the outbox takes the new kinds, with nothing lost.</summary>
public sealed class PrivacyMigrationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"privacy-{Guid.NewGuid():N}");
    private readonly Database database;

    public PrivacyMigrationTests()
    {
        Directory.CreateDirectory(folder);
        database = new Database(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "hipbot.db") }));
    }

    [Fact]
    public async Task Check_ins_stored_before_read_as_typed_for_both_sides()
    {
        await LegacySchema.CreateAsync(database, 4);
        await ExecuteAsync(
            """
            INSERT INTO chats (chat_id, created_at, updated_at) VALUES (1, 0, 0);
            INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at) VALUES (1, '2026-11-24', 9, 1, 2, 10, 0, 0);
            INSERT INTO check_ins (chat_id, local_date, batch, skipped, created_at) VALUES (1, '2026-11-25', 10, 1, 0);
            """);

        await MigrateAsync();

        await using var connection = await database.OpenAsync();
        Assert.Equal(["both text", "both text"], await connection.QueryAsync<string>("SELECT side || ' ' || source FROM check_ins ORDER BY id"));
        await Assert.ThrowsAsync<SqliteException>(() =>
            connection.ExecuteAsync("UPDATE check_ins SET source = 'carrier pigeon' WHERE batch = 9"));
    }

    [Fact]
    public async Task The_outbox_keeps_every_row_its_ids_and_its_indexes_and_takes_the_new_kinds()
    {
        await LegacySchema.CreateAsync(database, 4);
        var sent = new SendMessage(1, new Reply("Plan"), "plan:2026-11-25");
        await ExecuteAsync(
            """
            INSERT INTO outbox (id, chat_id, kind, payload, message_key, status, not_before, created_at, sent_at, telegram_message_id)
            VALUES (40, 1, 'send', @Sent, 'plan:2026-11-25', 'sent', 0, 5, 6, 77);
            INSERT INTO outbox (id, chat_id, kind, payload, not_before, created_at) VALUES (41, 1, 'answer', @Answer, 0, 7);
            -- Housekeeping deleted the newest row: its id must not come back.
            INSERT INTO outbox (id, chat_id, kind, payload, not_before, created_at) VALUES (50, 1, 'answer', @Answer, 0, 8);
            DELETE FROM outbox WHERE id = 50;
            """,
            new { Sent = OutgoingJson.Encode(sent), Answer = OutgoingJson.Encode(new AnswerButton(1, "cb")) });

        await MigrateAsync();

        var store = new OutboxStore(database);
        Assert.Equal(77, await store.FindMessageIdAsync(1, "plan:2026-11-25", CancellationToken.None));
        var pending = Assert.Single(await store.NextAsync(100, 10, CancellationToken.None));
        Assert.Equal((41L, "answer"), (pending.Id, pending.Kind));
        await database.InTransactionAsync((connection, transaction) => store.AddAsync(connection, transaction,
            [new SendDocument(1, new TextFile("a.csv", "a\r\n")), new SendChart(1, new HipBot.Core.Reports.ProgressChart([])), new LastMessage(1, new Reply("Bye"))], 9));
        await using var connection = await database.OpenAsync();
        Assert.Equal([51L, 52L, 53L], await connection.QueryAsync<long>("SELECT id FROM outbox WHERE id > 41 ORDER BY id"));
        Assert.Equal(["ix_outbox_key", "ix_outbox_pending"],
            await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbox' ORDER BY name"));
        Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
    }

    [Fact]
    public async Task Every_kind_the_encoder_knows_is_allowed_by_the_outbox()
    {
        await MigrateAsync();
        var kinds = typeof(Outgoing).GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonDerivedTypeAttribute), false)
            .Cast<System.Text.Json.Serialization.JsonDerivedTypeAttribute>()
            .Select(a => (string)a.TypeDiscriminator!)
            .ToList();

        await using var connection = await database.OpenAsync();
        foreach (var kind in kinds)
        {
            await connection.ExecuteAsync(
                "INSERT INTO outbox (chat_id, kind, payload, not_before, created_at) VALUES (1, @kind, '{}', 0, 0)", new { kind });
        }
        Assert.Equal(kinds.Count, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM outbox"));
        Assert.Equal(["send", "edit", "answer", "document", "chart", "last", "post", "react", "pin"], kinds);
    }

    [Fact]
    public async Task Forgetting_a_chat_covers_every_table_that_keeps_a_chat_id()
    {
        await MigrateAsync();

        await using var connection = await database.OpenAsync();
        var withChatId = await connection.QueryAsync<string>(
            "SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'chat_id' ORDER BY m.name");
        Assert.Equal(withChatId, ForgetStore.Tables.Select(t => t.Table).Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task MigrateAsync() => new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();

    private async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await database.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}
