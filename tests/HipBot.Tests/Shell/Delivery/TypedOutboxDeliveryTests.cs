using Dapper;
using HipBot.Core.Messages;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>The outbox holds the records themselves: rows from before that, and rows no one can read, through the sender.</summary>
public class TypedOutboxDeliveryTests
{
    private static readonly EmulatorOptions Patient = new() { DefaultTimeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Pending_rows_written_in_the_old_shape_are_delivered_after_the_upgrade()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        const string key = "plan:2026-11-25";
        // As schema 3 wrote a plan and its update, held back so the bot that runs now leaves them to the upgraded one.
        var held = await InsertHeldAsync(app, ana.ChatId,
            ("send", """{"Text":"Plan v1","Buttons":[[{"Text":"\u2705 Done","Data":"done:1"}]],"Key":"plan:2026-11-25","MessageId":null,"TargetKey":null,"CallbackQueryId":null,"Toast":null}""", key),
            ("edit", """{"Text":"Plan v2","Buttons":null,"Key":null,"MessageId":null,"TargetKey":"plan:2026-11-25","CallbackQueryId":null,"Toast":null}""", null));
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await LegacySchema.RewindToSchema3Async(connection);
        }

        await app.RestartAsync();
        await app.ReleaseHeldAsync(held);

        var plan = await ana.NextMessage();
        Assert.Equal("Plan v1", plan.Text);
        Assert.True(plan.HasButton("done:1"));
        var edited = await ana.NextEdit();
        Assert.Equal(plan.MessageId, edited.MessageId);
        Assert.Equal("Plan v2", edited.Text);
        Assert.Contains(app.Logs.Lines, l => l.Contains($"Database migrated to schema version {Migrator.LatestVersion}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_no_one_can_read_is_dropped_with_a_line_naming_it_and_the_chat_goes_on()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        var held = await InsertHeldAsync(app, ana.ChatId,
            ("send", $$$"""{"Kind":"poke","ChatId":{{{ana.ChatId}}},"Reply":{"Text":"From a newer HipBot"}}""", null),
            ("send", "{ not json", null));
        held = [.. held, .. await app.EnqueueHeldAsync([new SendMessage(ana.ChatId, new Reply("After"))])];

        await app.ReleaseHeldAsync(held);

        Assert.Equal("After", (await ana.NextMessage()).Text);
        var rows = await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.All(r => r.Status != "pending"), "Ana's rows to be settled");
        Assert.Equal(["dropped", "dropped", "sent"], rows.Select(r => r.Status));
        Assert.Contains("'poke'", rows[0].LastError, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal)
            && l.Contains($"Outbox row {held[0]} ", StringComparison.Ordinal) && l.Contains("kind send", StringComparison.Ordinal) && l.Contains("'poke'", StringComparison.Ordinal));
        Assert.Contains(app.Logs.Lines, l => l.Contains($"Outbox row {held[1]} ", StringComparison.Ordinal) && l.Contains("cannot be read", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains("Reading the outbox failed", StringComparison.Ordinal));
        Assert.Single(app.Telegram.CallsTo("sendMessage"), c => c.ChatId == ana.ChatId);
        Assert.Equal(["After"], ana.Transcript.FromBot.Select(m => m.Text));
    }

    /// <summary>Writes rows straight into the outbox, held back for a day; returns their ids for <see cref="DeliveryHarness.ReleaseHeldAsync"/>.</summary>
    private static async Task<IReadOnlyList<long>> InsertHeldAsync(HipBotApp app, long chatId, params (string Kind, string Payload, string? Key)[] rows)
    {
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var heldUntil = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds();
        return await app.Services.GetRequiredService<Database>().InTransactionAsync(async (connection, transaction) =>
        {
            var ids = new List<long>();
            foreach (var (kind, payload, key) in rows)
            {
                ids.Add(await connection.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO outbox (chat_id, kind, payload, message_key, not_before, created_at)
                    VALUES (@chatId, @kind, @payload, @key, @heldUntil, @now) RETURNING id
                    """, new { chatId, kind, payload, key, heldUntil, now }, transaction));
            }
            return (IReadOnlyList<long>)ids;
        });
    }
}
