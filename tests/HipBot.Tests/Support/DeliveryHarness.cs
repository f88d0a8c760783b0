using Dapper;
using HipBot.Core.Messages;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Support;

/// <summary>One outbox row as a delivery test reads it back.</summary>
internal sealed record OutboxRow(long Id, long ChatId, string Kind, string Status, long Attempts, string? LastError);

/// <summary>Puts rows straight into the outbox, as a handler or the scheduler would, and reads the outbox back.</summary>
internal static class DeliveryHarness
{
    /// <summary>Adds the messages in one transaction, in order, and rings the sender's doorbell.</summary>
    public static async Task EnqueueAsync(this HipBotApp app, IEnumerable<Outgoing> messages)
    {
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        await app.Services.GetRequiredService<Database>()
            .InTransactionAsync((connection, transaction) => app.Services.GetRequiredService<OutboxStore>().AddAsync(connection, transaction, messages, now));
        app.Services.GetRequiredService<OutboxDoorbell>().Ring();
    }

    /// <summary>
    /// Adds the messages, in order, held back for a day, so rows queued later can overtake them; returns their ids for
    /// <see cref="ReleaseHeldAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<long>> EnqueueHeldAsync(this HipBotApp app, IEnumerable<Outgoing> messages)
    {
        var now = app.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var heldUntil = DateTimeOffset.UtcNow.AddDays(1).ToUnixTimeMilliseconds();
        return await app.Services.GetRequiredService<Database>().InTransactionAsync(async (connection, transaction) =>
        {
            var after = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM outbox", transaction: transaction);
            await app.Services.GetRequiredService<OutboxStore>().AddAsync(connection, transaction, messages, now);
            await connection.ExecuteAsync("UPDATE outbox SET not_before = @heldUntil WHERE id > @after", new { heldUntil, after }, transaction);
            return (IReadOnlyList<long>)[.. await connection.QueryAsync<long>("SELECT id FROM outbox WHERE id > @after ORDER BY id", new { after }, transaction)];
        });
    }

    /// <summary>Makes held rows due, all in one statement, and rings the sender's doorbell.</summary>
    public static async Task ReleaseHeldAsync(this HipBotApp app, IReadOnlyList<long> ids)
    {
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("UPDATE outbox SET not_before = 0 WHERE id IN @ids", new { ids });
        }
        app.Services.GetRequiredService<OutboxDoorbell>().Ring();
    }

    public static async Task<IReadOnlyList<OutboxRow>> OutboxRowsAsync(this HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return [.. await connection.QueryAsync<OutboxRow>(
            "SELECT id AS Id, chat_id AS ChatId, kind AS Kind, status AS Status, attempts AS Attempts, last_error AS LastError FROM outbox WHERE chat_id = @chatId ORDER BY id",
            new { chatId })];
    }

    public static async Task<long> PendingRowsAsync(this HipBotApp app)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status = 'pending'");
    }

    public static async Task<bool> IsBlockedAsync(this HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT blocked FROM chats WHERE chat_id = @chatId", new { chatId }) == 1;
    }

    public static async Task<long?> NextPlanAtAsync(this HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return await connection.ExecuteScalarAsync<long?>("SELECT next_plan_at FROM chats WHERE chat_id = @chatId", new { chatId });
    }

    /// <summary>
    /// Waits until the database shows what the test expects. The sender records outcomes in SQLite after the Bot API
    /// call the emulator sees, so there is no emulator event to wait for; this re-reads on every short interval
    /// and fails with a message naming the last value once the time is up.
    /// </summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last seen: {value}");
            }
            await Task.Delay(20);
        }
    }
}
