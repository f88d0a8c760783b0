using System.Globalization;
using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>
/// The run a chat keeps for its last window start answers, a day or a few later, what counting the whole streak again
/// would, and is dropped when a day it counted changes.
/// </summary>
public sealed class EarlierRunsTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 25, 12, 0);
    private static readonly LocalDate Today = new(2026, 11, 25);
    private static readonly LocalDate Before = Today.PlusDays(-CorrectionWindow.Days);

    private readonly ScratchDatabase scratch = new();
    private readonly OutcomeStore store = new();

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 12)];

    [Theory]
    [InlineData(DayOutcome.Done)]
    [InlineData(DayOutcome.Partial)]
    [InlineData(DayOutcome.Missed)]
    [InlineData(DayOutcome.Skipped)]
    [InlineData(DayOutcome.Paused)]
    public async Task A_window_a_day_later_answers_from_the_kept_run_as_a_fresh_count_does(DayOutcome dayBetween)
    {
        var outcomes = Streak(Today.PlusDays(-300), Today);
        outcomes[Before] = dayBetween;
        await using var connection = await SeededAsync(outcomes);
        await using var transaction = connection.BeginTransaction();

        Assert.Equal(EarlierDays.Of(outcomes, Before), await store.EarlierAsync(connection, transaction, 1, Before));
        var next = await store.EarlierAsync(connection, transaction, 1, Before.PlusDays(1));

        Assert.Equal(EarlierDays.Of(outcomes, Before.PlusDays(1)), next);
        Assert.Equal((Before.PlusDays(1), next.Run), await KeptAsync(connection, transaction));
    }

    [Theory]
    [InlineData(1, 1001)]
    [InlineData(OutcomeStore.KeptRunReach, 1000 + OutcomeStore.KeptRunReach)]
    public async Task A_turn_goes_on_from_the_kept_run_without_counting_the_streak_again(int daysSince, int run)
    {
        await using var connection = await SeededAsync(Streak(Today.PlusDays(-300), Today));
        await using var transaction = connection.BeginTransaction();
        // A run no count of these days gives: only going on from it answers it.
        await KeepAsync(connection, transaction, Before.PlusDays(-daysSince), 1000);

        Assert.Equal(run, (await store.EarlierAsync(connection, transaction, 1, Before)).Run);
    }

    [Theory]
    [InlineData(-OutcomeStore.KeptRunReach - 1)]
    [InlineData(1)]
    [InlineData(30)]
    public async Task A_run_kept_too_long_ago_or_for_a_later_date_is_counted_afresh(int daysFromBefore)
    {
        var outcomes = Streak(Today.PlusDays(-300), Today);
        outcomes[Today.PlusDays(-100)] = DayOutcome.Missed;
        await using var connection = await SeededAsync(outcomes);
        await using var transaction = connection.BeginTransaction();
        await KeepAsync(connection, transaction, Before.PlusDays(daysFromBefore), 1000);

        var earlier = await store.EarlierAsync(connection, transaction, 1, Before);

        Assert.Equal(EarlierDays.Of(outcomes, Before), earlier);
        Assert.Equal((Before, earlier.Run), await KeptAsync(connection, transaction));
    }

    [Theory]
    [InlineData(DayOutcome.Missed)]
    [InlineData(DayOutcome.Skipped)]
    [InlineData(null)]
    public async Task An_old_day_corrected_or_deleted_drops_the_kept_run_and_the_next_turn_counts_afresh(DayOutcome? corrected)
    {
        var outcomes = Streak(Today.PlusDays(-300), Today);
        outcomes[Today.PlusDays(-100)] = DayOutcome.Missed;
        await using var connection = await SeededAsync(outcomes);
        await using var transaction = connection.BeginTransaction();
        await store.EarlierAsync(connection, transaction, 1, Before);

        // A miss joins the streak again when deleted (/deleteme deletes them all), and cuts it when written (/undo, the roster).
        var day = corrected is null ? Today.PlusDays(-100) : Today.PlusDays(-50);
        if (corrected is { } outcome)
        {
            outcomes[day] = outcome;
            await store.SaveAsync(connection, transaction, 1, new SaveOutcome(day, outcome), Now);
        }
        else
        {
            outcomes.Remove(day);
            await connection.ExecuteAsync("DELETE FROM day_outcomes WHERE chat_id = 1 AND local_date = @day", new { day = Iso(day) }, transaction);
        }

        Assert.Null(await KeptAsync(connection, transaction));
        Assert.Equal(EarlierDays.Of(outcomes, Before.PlusDays(1)), await store.EarlierAsync(connection, transaction, 1, Before.PlusDays(1)));
    }

    [Fact]
    public async Task A_day_closed_late_before_the_kept_date_drops_the_kept_run()
    {
        // Back after a silence: the days since the last closed one close on this turn, after the window was read.
        var outcomes = Streak(Today.PlusDays(-300), Before.PlusDays(-5));
        await using var connection = await SeededAsync(outcomes);
        await using var transaction = connection.BeginTransaction();
        await store.EarlierAsync(connection, transaction, 1, Before);

        for (var day = Before.PlusDays(-5); day < Today; day = day.PlusDays(1))
        {
            outcomes[day] = DayOutcome.Missed;
            await store.SaveAsync(connection, transaction, 1, new SaveOutcome(day, DayOutcome.Missed), Now);
        }

        Assert.Null(await KeptAsync(connection, transaction));
        Assert.Equal(EarlierDays.Of(outcomes, Before.PlusDays(1)), await store.EarlierAsync(connection, transaction, 1, Before.PlusDays(1)));
    }

    [Fact]
    public async Task A_write_from_the_kept_date_on_or_one_that_changes_no_outcome_keeps_the_run()
    {
        await using var connection = await SeededAsync(Streak(Today.PlusDays(-300), Today));
        await using var transaction = connection.BeginTransaction();
        var earlier = await store.EarlierAsync(connection, transaction, 1, Before);

        // The nightly closing and a check-in in the window write from the kept date on; a rewrite of a counted day as it was changes nothing.
        await store.SaveAsync(connection, transaction, 1, new SaveOutcome(Before, DayOutcome.Missed), Now);
        await store.SaveAsync(connection, transaction, 1, new SaveOutcome(Today, DayOutcome.Done), Now);
        await store.SaveAsync(connection, transaction, 1, new SaveOutcome(Before.PlusDays(-5), DayOutcome.Done), Now);

        Assert.Equal((Before, earlier.Run), await KeptAsync(connection, transaction));
    }

    [Fact]
    public async Task Forgetting_a_chat_forgets_its_kept_run()
    {
        // Only days the run did not count, so that no trigger drops it first.
        await using var connection = await SeededAsync(Streak(Before, Today));
        await using var transaction = connection.BeginTransaction();
        await store.EarlierAsync(connection, transaction, 1, Before);

        await new ForgetStore(NullLogger<ForgetStore>.Instance).ForgetAsync(connection, transaction, 1, throughUpdateId: 0);

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM earlier_runs", transaction: transaction));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Over_moving_windows_and_rewritten_days_the_kept_run_answers_as_the_core_counts(int seed)
    {
        var random = new Random(seed);
        var outcomes = new Dictionary<LocalDate, DayOutcome>();
        for (var date = Today.PlusDays(-500); date < Today; date = date.PlusDays(1))
        {
            if (random.Next(6) > 0)
            {
                outcomes[date] = RandomOutcome(random);
            }
        }
        await using var connection = await SeededAsync(outcomes);
        await using var transaction = connection.BeginTransaction();

        var before = Today.PlusDays(-450);
        for (var step = 0; step < 200; step++)
        {
            // Mostly the next day or the same one; now and then the clock goes back, or the user comes back after months.
            before = random.Next(20) switch
            {
                0 => before.PlusDays(-random.Next(1, 10)),
                1 => before.PlusDays(random.Next(40, 120)),
                _ => before.PlusDays(random.Next(0, 3)),
            };
            if (before > Today)
            {
                before = Today.PlusDays(-450);
            }
            for (var writes = random.Next(0, 3); writes > 0; writes--)
            {
                var day = before.PlusDays(random.Next(-70, 12));
                if (random.Next(6) == 0)
                {
                    outcomes.Remove(day);
                    await connection.ExecuteAsync("DELETE FROM day_outcomes WHERE chat_id = 1 AND local_date = @day", new { day = Iso(day) }, transaction);
                }
                else
                {
                    outcomes[day] = RandomOutcome(random);
                    await store.SaveAsync(connection, transaction, 1, new SaveOutcome(day, outcomes[day]), Now);
                }
            }

            Assert.Equal(EarlierDays.Of(outcomes, before), await store.EarlierAsync(connection, transaction, 1, before));
        }
    }

    public void Dispose() => scratch.Dispose();

    /// <summary>Misses rarer than sessions, so that runs grow long enough to carry.</summary>
    private static DayOutcome RandomOutcome(Random random) => random.Next(10) switch
    {
        0 => DayOutcome.Missed,
        1 => DayOutcome.Skipped,
        2 => DayOutcome.Paused,
        3 => DayOutcome.Partial,
        _ => DayOutcome.Done,
    };

    private static Dictionary<LocalDate, DayOutcome> Streak(LocalDate from, LocalDate until)
    {
        var outcomes = new Dictionary<LocalDate, DayOutcome>();
        for (var date = from; date < until; date = date.PlusDays(1))
        {
            outcomes[date] = DayOutcome.Done;
        }
        return outcomes;
    }

    private async Task<SqliteConnection> SeededAsync(IReadOnlyDictionary<LocalDate, DayOutcome> outcomes)
    {
        await scratch.MigrateAsync();
        var connection = await scratch.Database.OpenAsync();
        await SeededOutcomes.AddChatAsync(connection, 1, Today.PlusDays(-1), outcomes);
        return connection;
    }

    private static Task KeepAsync(SqliteConnection connection, SqliteTransaction transaction, LocalDate before, int run) =>
        connection.ExecuteAsync(
            "INSERT OR REPLACE INTO earlier_runs (chat_id, before_date, run) VALUES (1, @before, @run)", new { before = Iso(before), run }, transaction);

    private static async Task<(LocalDate Before, int Run)?> KeptAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var rows = await connection.QueryAsync<(string Before, long Run)>("SELECT before_date, run FROM earlier_runs WHERE chat_id = 1", transaction: transaction);
        return rows.Select(r => ((LocalDate Before, int Run)?)(LocalDate.FromDateTime(DateTime.Parse(r.Before, CultureInfo.InvariantCulture)), (int)r.Run)).SingleOrDefault();
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
