using Dapper;
using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Conversations;

/// <summary>A runner of two years corrects a day of last week: the streak is recounted as if from the first day.</summary>
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

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
