using Dapper;
using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Conversations;

/// <summary>Runners with weeks and years behind them: a turn reads only recent days, and answers as if it had read them all.</summary>
public class TwoYearsConversationTests
{
    /// <summary>Tuesday 24 November, 19:00 in Berlin.</summary>
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);
    private static readonly LocalDate Today = new(2026, 11, 24);

    [Fact]
    public async Task A_backfill_a_week_back_joins_a_two_year_run_again()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await app.WaitUntilIdleAsync();
        ana.ReadAll();
        // Two years of every day: 131 sessions, a miss 599 days ago, 592 sessions (the best), a miss six days ago, 5 sessions.
        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.ExecuteAsync(
                """
                UPDATE chats SET joined_on = @Joined, last_closed_date = @Yesterday, current_streak = 5, best_streak = 592, consecutive_misses = 0
                WHERE chat_id = @ChatId
                """,
                new { Joined = Iso(Today.PlusDays(-730)), Yesterday = Iso(Today.PlusDays(-1)), ana.ChatId });
            await db.ExecuteAsync(
                "INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@ChatId, @Date, @Outcome, 0)",
                Enumerable.Range(1, 730).Select(back => new
                {
                    ana.ChatId,
                    Date = Iso(Today.PlusDays(-back)),
                    Outcome = back is 599 or 6 ? "missed" : "done",
                }));
        }

        await ana.Send("done 6 days ago");
        await ana.NextMessage();
        await app.WaitUntilIdleAsync();

        await using (var db = await app.OpenDatabaseAsync())
        {
            Assert.Equal(
                (598L, 598L, 0L, "done"),
                await db.QuerySingleAsync<(long, long, long, string)>(
                    """
                    SELECT current_streak, best_streak, consecutive_misses, (SELECT outcome FROM day_outcomes WHERE chat_id = @ChatId AND local_date = @day)
                    FROM chats WHERE chat_id = @ChatId
                    """,
                    new { ana.ChatId, day = Iso(Today.PlusDays(-6)) }));
        }
        ana.ReadAll();
        await ana.Send("/stats");
        Assert.Contains("Streak: 598 sessions (best 598)", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finishing_a_session_on_two_days_a_week_earns_the_level_up_its_weeks_show()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        // Tuesdays and Saturdays: the six sessions before today go back three weeks, past the days an ordinary turn reads.
        await HipBotApp.OnboardAsync(ana);
        await app.WaitUntilIdleAsync();
        ana.ReadAll();
        var sessions = new[] { 3, 7, 10, 14, 17, 21 }.Select(back => Today.PlusDays(-back)).ToList();
        await using (var db = await app.OpenDatabaseAsync())
        {
            await db.ExecuteAsync(
                "UPDATE chats SET training_days = 34, level_since = @Since, last_closed_date = @Yesterday, last_plan_date = @Today WHERE chat_id = @ChatId",
                new { Since = Iso(Today.PlusDays(-60)), Yesterday = Iso(Today.PlusDays(-1)), Today = Iso(Today), ana.ChatId });
            await db.ExecuteAsync(
                "INSERT INTO plans (chat_id, local_date, level, sent_at) VALUES (@ChatId, @Date, 1, 0)",
                sessions.Append(Today).Select(date => new { ana.ChatId, Date = Iso(date) }));
            await db.ExecuteAsync(
                """
                INSERT INTO check_ins (chat_id, local_date, batch, exercise, sets, reps_per_side, is_full, created_at)
                VALUES (@ChatId, @Date, @Batch, @Exercise, 2, 10, 1, 0)
                """,
                sessions.SelectMany((date, i) => new[] { 1, 2, 3 }.Select(exercise => new { ana.ChatId, Date = Iso(date), Batch = i + 1, Exercise = exercise })));
            await db.ExecuteAsync(
                "INSERT INTO day_outcomes (chat_id, local_date, outcome, closed_at) VALUES (@ChatId, @Date, 'done', 0)",
                sessions.Select(date => new { ana.ChatId, Date = Iso(date) }));
        }

        await ana.Send("done");
        await app.WaitUntilIdleAsync();

        Assert.Contains(ana.ReadAll(), m => m.Text!.StartsWith("🎉 That's 7 full sessions of your last 7.", StringComparison.Ordinal));
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
