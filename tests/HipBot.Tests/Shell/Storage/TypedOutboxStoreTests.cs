using Dapper;
using HipBot.Core.Messages;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Shell.Storage;

/// <summary>
/// The outbox stores the records themselves: a row an edit became reads back as a send, and rows written in the flat
/// payload of schema 3 read back, after migration 4, as the records they were.
/// </summary>
public sealed class TypedOutboxStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"outbox-{Guid.NewGuid():N}");
    private readonly Database database;

    public TypedOutboxStoreTests()
    {
        Directory.CreateDirectory(folder);
        database = new Database(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "hipbot.db") }));
    }

    [Fact]
    public async Task An_edit_that_becomes_a_send_reads_back_as_a_send_under_the_key_it_was_to_update()
    {
        await MigrateAsync();
        var edit = new EditMessage(1, Reply.WithButtons("Plan v2", [new Button("Done", "done:1")]), TargetKey: "plan:2026-11-25");
        var store = new OutboxStore(database);
        await database.InTransactionAsync((connection, transaction) => store.AddAsync(connection, transaction, [edit], 0));
        var id = (await store.NextAsync(0, 10, CancellationToken.None)).Single().Id;

        await store.ReplaceAsync(id, new SendMessage(edit.ChatId, edit.Reply, edit.TargetKey), CancellationToken.None);

        var item = (await store.NextAsync(0, 10, CancellationToken.None)).Single();
        Assert.Equal("send", item.Kind);
        var send = Assert.IsType<SendMessage>(item.Message);
        Assert.Equal(("Plan v2", "plan:2026-11-25"), (send.Reply.Text, send.Key));
        Assert.Equal("done:1", send.Reply.Buttons![0][0].Data);
        await using var connection = await database.OpenAsync();
        Assert.Equal("plan:2026-11-25", await connection.ExecuteScalarAsync<string>("SELECT message_key FROM outbox WHERE id = @id", new { id }));
    }

    /// <summary>Payloads as schema 3 wrote them: every field of the flat bag, null where unused, non-ASCII escaped.</summary>
    public static TheoryData<string, string, Outgoing> OldRows() => new()
    {
        {
            "send",
            """{"Text":"Plan","Buttons":[[{"Text":"\u2705 Done","Data":"done:1"},{"Text":"Later","Data":"later:1"}]],"Key":"plan:2026-11-25","MessageId":null,"TargetKey":null,"CallbackQueryId":null,"Toast":null}""",
            new SendMessage(1, Reply.WithButtons("Plan", [new Button("✅ Done", "done:1"), new Button("Later", "later:1")]), "plan:2026-11-25")
        },
        {
            "send",
            """{"Text":null,"Buttons":null,"Key":null,"MessageId":null,"TargetKey":null,"CallbackQueryId":null,"Toast":null}""",
            new SendMessage(1, new Reply(""))
        },
        {
            "edit",
            """{"Text":"Plan, 1 of 3 done","Buttons":[[{"Text":"Done","Data":"done:1"}]],"Key":null,"MessageId":null,"TargetKey":"plan:2026-11-25","CallbackQueryId":null,"Toast":null}""",
            new EditMessage(1, Reply.WithButtons("Plan, 1 of 3 done", [new Button("Done", "done:1")]), TargetKey: "plan:2026-11-25")
        },
        {
            "edit",
            """{"Text":"By id","Buttons":null,"Key":null,"MessageId":42,"TargetKey":null,"CallbackQueryId":null,"Toast":null}""",
            new EditMessage(1, new Reply("By id"), MessageId: 42)
        },
        {
            "answer",
            """{"Text":null,"Buttons":null,"Key":null,"MessageId":null,"TargetKey":null,"CallbackQueryId":"cb-1","Toast":"Logged"}""",
            new AnswerButton(1, "cb-1", "Logged")
        },
        {
            "answer",
            """{"Text":null,"Buttons":null,"Key":null,"MessageId":null,"TargetKey":null,"CallbackQueryId":"cb-2","Toast":null}""",
            new AnswerButton(1, "cb-2")
        },
    };

    [Theory]
    [MemberData(nameof(OldRows))]
    public async Task A_pending_row_in_the_old_shape_reads_back_as_its_record(string kind, string oldPayload, Outgoing expected)
    {
        await AtSchema3Async();
        var id = await InsertAsync(kind, oldPayload, "pending");

        await MigrateAsync();

        var payload = await PayloadAsync(id);
        var (message, problem) = OutgoingJson.Decode(kind, 1, payload);
        Assert.Null(problem);
        Assert.Equal(OutgoingJson.Encode(expected), OutgoingJson.Encode(message!));
        // Field for field as the encoder writes it (it escapes what SQLite writes as is, so the texts compare decoded).
        Assert.Equal(OutgoingJson.Encode(expected), ReEncoded(payload));
    }

    [Fact]
    public async Task A_rewritten_row_is_what_the_encoder_writes_to_the_letter()
    {
        await AtSchema3Async();
        var id = await InsertAsync(
            "edit", """{"Text":"Plan","Buttons":[[{"Text":"Done","Data":"done:1"}]],"Key":null,"MessageId":null,"TargetKey":"plan:1","CallbackQueryId":null,"Toast":null}""", "pending");

        await MigrateAsync();

        Assert.Equal(OutgoingJson.Encode(new EditMessage(1, Reply.WithButtons("Plan", [new Button("Done", "done:1")]), TargetKey: "plan:1")), await PayloadAsync(id));
    }

    [Fact]
    public async Task Dropped_rows_and_pending_payloads_that_are_no_json_object_are_left_as_they_were_and_a_sent_row_keeps_no_content()
    {
        const string old = """{"Text":"Plan","Buttons":null,"Key":null,"MessageId":null,"TargetKey":null,"CallbackQueryId":null,"Toast":null}""";
        await AtSchema3Async();
        var sent = await InsertAsync("send", old, "sent");
        var dropped = await InsertAsync("send", old, "dropped");
        var garbage = await InsertAsync("send", "not json {", "pending");
        var array = await InsertAsync("send", "[1, 2]", "pending");

        await MigrateAsync();

        // Migration 7: a sent message's row stays for the retention days, its text does not.
        Assert.Equal("", await PayloadAsync(sent));
        Assert.Equal(old, await PayloadAsync(dropped));
        Assert.Equal("not json {", await PayloadAsync(garbage));
        Assert.Equal("[1, 2]", await PayloadAsync(array));
        Assert.NotNull(OutgoingJson.Decode("send", 1, "not json {").Problem);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task MigrateAsync() => new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();

    /// <summary>The database as schema 3 left it.</summary>
    private Task AtSchema3Async() => LegacySchema.CreateAsync(database, 3);

    /// <summary>An outbox row of chat 1, written as schema 3 wrote it (a send's key in message_key too).</summary>
    private async Task<long> InsertAsync(string kind, string payload, string status)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(
            """
            INSERT INTO outbox (chat_id, kind, payload, message_key, status, not_before, created_at)
            VALUES (1, @kind, @payload, CASE WHEN json_valid(@payload) THEN json_extract(@payload, '$.Key') END, @status, 0, 0)
            RETURNING id
            """, new { kind, payload, status });
    }

    private async Task<string> PayloadAsync(long id)
    {
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT payload FROM outbox WHERE id = @id", new { id }) ?? "";
    }

    /// <summary>The payload written again by a plain JSON writer, not the records: same fields, same order, the encoder's escaping.</summary>
    private static string ReEncoded(string payload) => System.Text.Json.Nodes.JsonNode.Parse(payload)!.ToJsonString();
}
