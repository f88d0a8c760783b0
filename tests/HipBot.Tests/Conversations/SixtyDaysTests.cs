using Dapper;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using NodaTime;

namespace HipBot.Tests.Conversations;

/// <summary>
/// Sixty days of one runner, through the emulator on a fake calendar: streaks, single misses, a 3-day and a
/// 10-day gap, a pause, a move from Berlin to New York and the US daylight-saving change on 1 November.
/// </summary>
public class SixtyDaysTests
{
    private static readonly LocalDate Start = new(2026, 10, 1);
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private const int MovesToNewYork = 21;
    private const int Pauses = 44;
    private const int SkipsOn = 55;
    private static readonly int[] Misses = [7, 13, 14, 15, .. Enumerable.Range(29, 10)];
    private static readonly int[] Paused = [.. Enumerable.Range(45, 6)];

    [Fact]
    public async Task Sixty_days_produce_the_expected_messages_outcomes_streaks_and_stats()
    {
        await using var app = await HipBotApp.StartAsync(now: At(Berlin, -1, 20));
        var ana = app.AddUser("Ana");
        await HipBotApp.OnboardAsync(ana, zone: "tz:Europe/Berlin", time: "time:07:00", days: "days:127");
        await app.WaitUntilIdleAsync();
        ana.ReadAll();

        var unsolicited = new Dictionary<int, List<SentMessage>>();
        var plans = new Dictionary<int, SentMessage>();
        for (var day = 0; day < 60; day++)
        {
            var zone = day > MovesToNewYork ? NewYork : Berlin;
            var sent = await app.SetTimeAsync(At(zone, day, 7));
            var morning = new List<SentMessage>();
            for (var i = 0; i < sent; i++)
            {
                morning.Add(await ana.NextMessage());
            }
            foreach (var message in morning)
            {
                if (message.Text!.Contains("Hip work", StringComparison.Ordinal))
                {
                    Assert.True(plans.TryAdd(day, message), $"Day {day} got a second plan.");
                }
                else
                {
                    unsolicited.TryAdd(day, []);
                    unsolicited[day].Add(message);
                }
            }

            app.Clock.SetUtcNow(At(zone, day, 8));
            if (Paused.Contains(day) || Misses.Contains(day))
            {
                continue;
            }
            await ana.Send(day == SkipsOn ? "skip" : "done");
            if (day == Pauses)
            {
                await ana.Send("/pause 7 days");
            }
            if (day == MovesToNewYork)
            {
                await ana.Send("/settings");
                await app.WaitUntilIdleAsync();
                await ana.Press("🌍 Time zone");
                await app.WaitUntilIdleAsync();
                await ana.Send("new york");
            }
            await app.WaitUntilIdleAsync();
            var replies = ana.ReadAll();
            if (day == 39)
            {
                Assert.Contains(replies, r => r.Text!.StartsWith("Welcome back", StringComparison.Ordinal));
            }
        }
        // Day 60 at 13:00: day 59 has closed (its plan for day 60 comes late and is left unread).
        for (var late = await app.SetTimeAsync(At(NewYork, 60, 13)); late > 0; late--)
        {
            await ana.NextMessage();
        }

        // A plan every training day but the paused ones; the move to New York sent no second plan that day.
        Assert.Equal(Enumerable.Range(0, 60).Except(Paused), plans.Keys.Order());
        // The ladder, the morning after each miss: one light line after a single miss, "what got in the way?" after two,
        // the mini session after four, the next rung after seven; each rides on the plan, so one message a day.
        Assert.Empty(unsolicited);
        Assert.True(plans[15].HasButton("why:time"));
        Assert.True(plans[31].HasButton("why:time"));
        Assert.True(plans[33].HasButton("mini:start"));
        Assert.True(plans[36].HasButton("mini:start"));
        foreach (var lightLine in new[] { 8, 14, 30 })
        {
            Assert.False(plans[lightLine].Text!.StartsWith("Hip work", StringComparison.Ordinal), $"Day {lightLine} should open with a light line.");
        }
        Assert.Contains("Welcome back", plans[51].Text, StringComparison.Ordinal);
        Assert.StartsWith("Hip work", plans[20].Text, StringComparison.Ordinal);

        Assert.Equal(ExpectedOutcomes(), await OutcomesAsync(app, ana.ChatId));
        await using (var connection = await app.OpenDatabaseAsync())
        {
            var (current, best) = await connection.QuerySingleAsync<(long, long)>(
                "SELECT current_streak, best_streak FROM chats WHERE chat_id = @ChatId", new { ana.ChatId });
            Assert.Equal((14L, 14L), (current, best));
        }
        await ana.Send("/stats");
        var stats = await ana.NextMessage();
        Assert.Contains("Streak: 14 sessions (best 14)", stats.Text, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(DateTimeZone zone, int day, int hour) =>
        Start.PlusDays(day).At(new LocalTime(hour, 0)).InZoneLeniently(zone).ToDateTimeOffset();

    private static List<string> ExpectedOutcomes() =>
        [.. Enumerable.Range(0, 60).Select(day =>
            $"{Start.PlusDays(day):yyyy-MM-dd} " + (Misses.Contains(day) ? "missed" : Paused.Contains(day) ? "paused" : day == SkipsOn ? "skipped" : "done"))];

    private static async Task<List<string>> OutcomesAsync(HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return [.. await connection.QueryAsync<string>(
            "SELECT local_date || ' ' || outcome FROM day_outcomes WHERE chat_id = @chatId ORDER BY local_date", new { chatId })];
    }
}
