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

    // ── Ben: moves sessions, gets sick, goes silent for three weeks and comes back ─────────────────────────

    /// <summary>Ben trains Mon/Wed/Fri at 07:00 in Berlin from Monday 5 October; he acts at 18:00.</summary>
    private static readonly LocalDate BenStart = new(2026, 10, 5);

    /// <summary>What Ben types each evening (day 0 is Monday 5 October); a day not listed he says nothing.</summary>
    private static readonly Dictionary<int, string> BenSays = new()
    {
        [0] = "done",
        // Wednesday's session on Thursday.
        [3] = "done",
        [4] = "done",
        // A bonus on Saturday: Friday is done, Wednesday too far back.
        [5] = "done",
        [7] = "done",
        [9] = "done",
        // Friday's session on Saturday.
        [12] = "done",
        // Sick: two skips, then quiet for two sessions.
        [14] = "skip",
        [16] = "skip",
        [23] = "done",
        [25] = "done",
        // Three weeks of silence, then back on a Saturday.
        [47] = "hi, I'm back, had a cold",
        [49] = "done",
        [51] = "done",
        [53] = "done",
        [56] = "done",
        [58] = "done",
    };

    private static readonly int[] BenTrainingDays = [.. Enumerable.Range(0, 61).Where(d => d % 7 is 0 or 2 or 4)];

    /// <summary>Written down before the run: how each of Ben's training days closes (day 60 is still open).</summary>
    private static List<string> BenExpectedOutcomes()
    {
        var done = new[] { 0, 2, 4, 7, 9, 11, 23, 25, 49, 51, 53, 56, 58 };
        var skipped = new[] { 14, 16 };
        return [.. BenTrainingDays.Where(d => d < 60).Select(d =>
            $"{BenStart.PlusDays(d):yyyy-MM-dd} " + (done.Contains(d) ? "done" : skipped.Contains(d) ? "skipped" : "missed"))];
    }

    [Fact]
    public async Task A_runner_who_moves_sessions_gets_sick_and_comes_back_after_three_weeks_reads_one_true_story()
    {
        await using var app = await HipBotApp.StartAsync(now: BenAt(-1, 20));
        var ben = app.AddUser("Ben");
        await HipBotApp.OnboardAsync(ben, zone: "tz:Europe/Berlin", time: "time:07:00", days: "days:21");
        await app.WaitUntilIdleAsync();
        ben.ReadAll();

        var plans = new Dictionary<int, SentMessage>();
        var unsolicited = new List<(int Day, SentMessage Message)>();
        var replies = new Dictionary<int, IReadOnlyList<SentMessage>>();
        string? statsOnDay13 = null, historyOnDay13 = null;
        for (var day = 0; day < 60; day++)
        {
            for (var sent = await app.SetTimeAsync(BenAt(day, 7)); sent > 0; sent--)
            {
                var message = await ben.NextMessage();
                if (message.Text!.Contains("Hip work", StringComparison.Ordinal))
                {
                    Assert.True(plans.TryAdd(day, message), $"Day {day} got a second plan.");
                }
                else
                {
                    unsolicited.Add((day, message));
                }
            }
            app.Clock.SetUtcNow(BenAt(day, 18));
            if (BenSays.TryGetValue(day, out var words))
            {
                await ben.Send(words);
                await app.WaitUntilIdleAsync();
                replies[day] = ben.ReadAll();
            }
            if (day == 13)
            {
                await ben.Send("/stats");
                statsOnDay13 = (await ben.NextMessage()).Text;
                await ben.Send("/history");
                await app.WaitUntilIdleAsync();
                historyOnDay13 = ben.ReadAll().Single(m => m.Text?.StartsWith("🗓", StringComparison.Ordinal) == true).Text;
            }
        }
        for (var late = await app.SetTimeAsync(BenAt(60, 13)); late > 0; late--)
        {
            await ben.NextMessage();
        }

        // One plan every training day, one message a day: the ladder's questions ride on the plans.
        Assert.Equal(BenTrainingDays.Where(d => d < 60), plans.Keys.Order());
        Assert.Empty(unsolicited);
        // Moved sessions, said so; a Saturday bonus is an extra session.
        Assert.StartsWith("Today is a rest day, so this counts for your session of Wed 7 Oct.", replies[3][0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Today is a rest day, so this is an extra session", replies[5][0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Today is a rest day, so this counts for your session of Fri 16 Oct.", replies[12][0].Text, StringComparison.Ordinal);
        // Six full of the last seven sessions by the second Wednesday: the level-up is offered.
        Assert.Contains(replies[9], r => r.Text!.StartsWith("🎉 That's 6 full sessions of your last", StringComparison.Ordinal));
        // After two quiet sessions, "what got in the way" on the plan; in the silence the light line, the question, the mini session.
        Assert.True(plans[23].HasButton("why:time"));
        Assert.False(plans[30].Text!.StartsWith("Hip work", StringComparison.Ordinal));
        Assert.True(plans[32].HasButton("why:time"));
        Assert.True(plans[37].HasButton("mini:start"));
        Assert.True(plans[44].HasButton("mini:start"));
        // Back: one welcome, saying when the next plan comes, and that plan without a question about the silence.
        Assert.StartsWith("Welcome back!", replies[47][0].Text, StringComparison.Ordinal);
        Assert.Contains("Your next exercises arrive Monday, 23 November at 07:00.", replies[47][0].Text, StringComparison.Ordinal);
        Assert.Single(
            [.. replies.Where(r => r.Key >= 47).SelectMany(r => r.Value), .. plans.Where(p => p.Key >= 47).Select(p => p.Value)],
            m => m.Text?.Contains("Welcome back", StringComparison.Ordinal) == true);
        Assert.StartsWith("Hip work", plans[49].Text, StringComparison.Ordinal);
        Assert.Equal(4, plans[49].AllButtons.Count());

        // The calendar and /history on the second Sunday tell the same story: moved sessions on their training days.
        Assert.Contains("➖ ➖ ➖ ➖ ➖ ➖ ▫️  28 Sep\n✅ ▫️ ✅ ▫️ ✅ ✅ ▫️  5 Oct\n✅ ▫️ ✅ ▫️ ✅ ▫️ 🔵  12 Oct", statsOnDay13, StringComparison.Ordinal);
        Assert.Contains("🔥 Streak: 6 sessions (best 6)", statsOnDay13, StringComparison.Ordinal);
        Assert.Contains("Last 7 days: 3 of 3 sessions (100%)", statsOnDay13, StringComparison.Ordinal);
        foreach (var line in new[] { "Wed 7 Oct · ✅ done", "Thu 8 Oct · ▫️ rest day", "Sat 10 Oct · ✅ extra session", "Fri 16 Oct · ✅ done", "Sat 17 Oct · ▫️ rest day" })
        {
            Assert.Contains(line, historyOnDay13, StringComparison.Ordinal);
        }

        Assert.Equal(BenExpectedOutcomes(), await OutcomesAsync(app, ben.ChatId));
        await ben.Send("/stats");
        var stats = (await ben.NextMessage()).Text;
        Assert.Contains("🔥 Streak: 5 sessions (best 6)", stats, StringComparison.Ordinal);
        Assert.Contains("Last 7 days: 3 of 3 sessions (100%)", stats, StringComparison.Ordinal);
        Assert.Contains("Last 30 days: 5 of 13 sessions (38%)", stats, StringComparison.Ordinal);
        Assert.Contains("Level 1, next level: 5 of your last 7 planned sessions full; 6 of 7 earn it", stats, StringComparison.Ordinal);
        Assert.Contains("❌ ▫️ ❌ ▫️ ❌ ▫️ ▫️  16 Nov\n✅ ▫️ ✅ ▫️ ✅ ▫️ ▫️  23 Nov\n✅ ▫️ ✅ ▫️ 🔵  30 Nov", stats, StringComparison.Ordinal);
    }

    private static DateTimeOffset BenAt(int day, int hour) =>
        BenStart.PlusDays(day).At(new LocalTime(hour, 0)).InZoneLeniently(Berlin).ToDateTimeOffset();

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
