using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>A check-in of a runner with two years of closed days reads what a runner of two weeks does.</summary>
public sealed class RecentOutcomesTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    private static readonly LocalDate Today = new(2026, 11, 25);

    private readonly ScratchDatabase scratch = new();

    [Fact]
    public async Task A_correction_after_two_years_reads_only_the_days_it_can_correct()
    {
        await scratch.MigrateAsync();
        await using var connection = await scratch.Database.OpenAsync();
        // Two years, a miss every 50 days: the last one 25 days ago, before the days a check-in can reach.
        await SeedAsync(connection, 1, Enumerable.Range(1, 730).ToDictionary(
            back => Today.PlusDays(-back), back => back % 50 == 25 ? DayOutcome.Missed : DayOutcome.Done));

        await using var transaction = connection.BeginTransaction();
        var chat = await new ChatStore().FindAsync(connection, transaction, 1);
        // What a check-in for a closed day asks for (MissingContext); one for today reads no closed day at all.
        var context = await Turns().LoadContextAsync(connection, transaction, chat, Now, ContextNeeds.RecentHistory);
        var ordinary = await Turns().LoadContextAsync(connection, transaction, chat, Now, PrivateChat.Needs(new TextInput("3x20")));
        var all = await new OutcomeStore().AllAsync(connection, transaction, 1);

        Assert.Equal(730, all.Count);
        Assert.InRange(context.Outcomes.Count, 1, CorrectionWindow.Days + 1);
        Assert.Equal(EarlierDays.Of(all, CorrectionWindow.Start(chat!.State, Now)!.Value), context.Earlier);
        // From the miss 25 days ago to the window, which starts eleven days back.
        Assert.Equal(13, context.Earlier!.Run);
        Assert.Equal(all.Values.Count(o => o == DayOutcome.Done), context.Sessions);
        Assert.False(ordinary.OutcomesRead);
        Assert.Equal(ContextNeeds.RecentHistory, Assert.Throws<MissingContext>(() => ordinary.Outcomes).Needs);
    }

    [Fact]
    public async Task The_earlier_days_are_counted_in_the_database_as_the_core_counts_them()
    {
        await scratch.MigrateAsync();
        await using var connection = await scratch.Database.OpenAsync();
        var histories = Enumerable.Range(1, 40).ToDictionary(chatId => (long)chatId, chatId => History(new Random(chatId)));
        foreach (var (chatId, outcomes) in histories)
        {
            await SeedAsync(connection, chatId, outcomes);
        }

        await using var transaction = connection.BeginTransaction();
        // Corrections and undos rewrite some days, through the upsert every turn uses; /deleteme deletes a chat's days.
        var store = new OutcomeStore();
        foreach (var (chatId, outcomes) in histories)
        {
            var random = new Random((int)chatId);
            foreach (var date in outcomes.Keys.Where(_ => random.Next(10) == 0).ToList())
            {
                outcomes[date] = (DayOutcome)random.Next(1, 6);
                await store.SaveAsync(connection, transaction, chatId, new SaveOutcome(date, outcomes[date]), Now);
            }
            if (chatId % 10 == 0)
            {
                await connection.ExecuteAsync("DELETE FROM day_outcomes WHERE chat_id = @chatId", new { chatId }, transaction);
                outcomes.Clear();
            }
        }
        foreach (var (chatId, outcomes) in histories)
        {
            foreach (var before in new[] { Today.PlusDays(-9), Today.PlusDays(-60), Today.PlusDays(-800), Today })
            {
                Assert.Equal(EarlierDays.Of(outcomes, before), await store.EarlierAsync(connection, transaction, chatId, before));
            }
        }
    }

    [Fact]
    public async Task Counting_the_earlier_days_walks_the_index_and_never_reads_the_rows()
    {
        await scratch.MigrateAsync();
        await using var connection = await scratch.Database.OpenAsync();

        var plan = string.Join('\n', (await connection.QueryAsync(
            "EXPLAIN QUERY PLAN " + OutcomeStore.RunQuery, new { chatId = 1, before = "2026-11-16" })).Select(row => (string)row.detail));

        Assert.Contains("COVERING INDEX ix_day_outcomes_sessions", plan, StringComparison.Ordinal);
        Assert.Contains("COVERING INDEX ix_day_outcomes_misses", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN day_outcomes", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_from_before_counts_the_sessions_its_chats_already_have()
    {
        await LegacySchema.CreateAsync(scratch.Database, 9);
        await using (var connection = await scratch.Database.OpenAsync())
        {
            await SeedAsync(connection, 1, new Dictionary<LocalDate, DayOutcome>
            {
                [Today.PlusDays(-30)] = DayOutcome.Done,
                [Today.PlusDays(-20)] = DayOutcome.Missed,
                [Today.PlusDays(-15)] = DayOutcome.Partial,
                [Today.PlusDays(-12)] = DayOutcome.Done,
                [Today.PlusDays(-3)] = DayOutcome.Skipped,
                [Today.PlusDays(-2)] = DayOutcome.Done,
            });
            await connection.ExecuteAsync("INSERT INTO chats (chat_id, created_at, updated_at) VALUES (2, 0, 0)");
        }

        await scratch.MigrateAsync();

        await using var migrated = await scratch.Database.OpenAsync();
        await using var transaction = migrated.BeginTransaction();
        Assert.Equal(new EarlierDays(Today.PlusDays(-9), 2, 3), await new OutcomeStore().EarlierAsync(migrated, transaction, 1, Today.PlusDays(-9)));
        Assert.Equal(new EarlierDays(Today.PlusDays(-9), 0, 0), await new OutcomeStore().EarlierAsync(migrated, transaction, 2, Today.PlusDays(-9)));
    }

    public void Dispose() => scratch.Dispose();

    private TurnStore Turns() => new(new CheckInStore(), new OutcomeStore(), new PlanStore(scratch.Database), new OutboxStore(scratch.Database),
        new ForgetStore(NullLogger<ForgetStore>.Instance));

    /// <summary>Up to two and a half years of every kind of day, in stretches of one kind; some chats have none.</summary>
    private static Dictionary<LocalDate, DayOutcome> History(Random random)
    {
        var outcomes = new Dictionary<LocalDate, DayOutcome>();
        var (date, kind, left) = (Today.PlusDays(-random.Next(0, 900)), 0, 0);
        for (; date < Today; date = date.PlusDays(1), left--)
        {
            if (left == 0)
            {
                (kind, left) = (random.Next(0, 6), random.Next(1, 200));
            }
            if (random.Next(7) > 0)
            {
                outcomes[date] = kind < 5 ? (DayOutcome)(kind + 1) : (DayOutcome)random.Next(1, 6);
            }
        }
        return outcomes;
    }

    private static Task SeedAsync(SqliteConnection connection, long chatId, IReadOnlyDictionary<LocalDate, DayOutcome> outcomes) =>
        SeededOutcomes.AddChatAsync(connection, chatId, Today.PlusDays(-1), outcomes);
}
