using Dapper;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>Whose plan or snooze is due, a batch at a time: each chat once, a full batch while more are due.</summary>
public sealed class DueIdsTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 7, 0);

    private readonly ScratchDatabase scratch = new();

    [Fact]
    public async Task A_chat_due_for_its_plan_and_its_snooze_comes_once_and_a_chat_not_due_not_at_all()
    {
        await using var connection = await SeededAsync();

        var due = await DueIds.ReadAsync(connection, PlanStore.DuePlansSql, PlanStore.DueSnoozesSql, Now, limit: 10);

        Assert.Equal([1L, 2L, 3L, 4L], due.Order());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_batch_is_full_while_more_are_due_so_the_round_goes_on(int limit)
    {
        await using var connection = await SeededAsync();

        var due = await DueIds.ReadAsync(connection, PlanStore.DuePlansSql, PlanStore.DueSnoozesSql, Now, limit);

        Assert.Equal(limit, due.Distinct().Count());
    }

    [Fact]
    public async Task A_batch_with_room_to_spare_holds_every_chat_due_so_the_round_ends()
    {
        await using var connection = await SeededAsync();

        Assert.Equal(4, (await DueIds.ReadAsync(connection, PlanStore.DuePlansSql, PlanStore.DueSnoozesSql, Now, limit: 5)).Count);
    }

    /// <summary>Chats 1–3 have a plan due, 3 and 4 a snooze; 5 has both later.</summary>
    private async Task<Microsoft.Data.Sqlite.SqliteConnection> SeededAsync()
    {
        await scratch.MigrateAsync();
        var connection = await scratch.Database.OpenAsync();
        var (due, later) = (Now.ToUnixTimeMilliseconds() - 60_000, Now.ToUnixTimeMilliseconds() + 60_000);
        await connection.ExecuteAsync(
            """
            INSERT INTO chats (chat_id, status, next_plan_at, snoozed_until, created_at, updated_at) VALUES
                (1, 'active', @due, NULL, 0, 0), (2, 'active', @due, NULL, 0, 0), (3, 'active', @due, @due, 0, 0),
                (4, 'active', @later, @due, 0, 0), (5, 'active', @later, @later, 0, 0)
            """, new { due, later });
        return connection;
    }

    public void Dispose() => scratch.Dispose();
}
