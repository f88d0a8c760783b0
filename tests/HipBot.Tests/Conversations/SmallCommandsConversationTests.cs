using Dapper;
using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>Commands users tripped on: /stop and /resume before setup, /pause from tomorrow, /pause beyond the limit, "GMT".</summary>
public class SmallCommandsConversationTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset BerlinSeven(int day) => new(2026, 11, day, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Stop_during_setup_stops_the_questions_and_start_picks_up_again()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        await ana.Press("tz:Europe/Berlin");
        await ana.NextMessage();

        await ana.Send("/stop");
        var stopped = await ana.NextMessage();
        Assert.StartsWith("Okay, I'll stop asking.", stopped.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("I don't know /stop", stopped.Text, StringComparison.Ordinal);

        await ana.Send("/start");
        Assert.Contains("When should I send your daily exercises?", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resume_during_setup_says_there_is_nothing_to_resume_yet()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();

        await ana.Send("/resume");

        Assert.StartsWith("There's nothing to resume yet", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_tomorrow_starts_tomorrow_and_today_still_counts()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        Assert.Equal(1, await app.SetTimeAsync(BerlinSeven(25)));
        await ana.NextMessage();

        await ana.Send("/pause tomorrow");
        Assert.StartsWith("⏸ Paused for tomorrow, Thursday 26 November.", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.Send("done");
        await ana.NextMessage();

        Assert.Equal(0, await app.SetTimeAsync(BerlinSeven(26)));
        Assert.Equal(1, await app.SetTimeAsync(BerlinSeven(27)));
        Assert.Contains("Hip work · Fri 27 Nov", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        // Thursday closes at noon on Friday.
        await app.SetTimeAsync(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero));
        await ana.Send("/help");
        await ana.NextMessage();
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(
            ["2026-11-25:done", "2026-11-26:paused"],
            await db.QueryAsync<string>("SELECT local_date || ':' || outcome FROM day_outcomes ORDER BY local_date"));
    }

    [Theory]
    [InlineData("/pause 200 days")]
    [InlineData("/pause 6 months")]
    public async Task A_pause_beyond_the_limit_says_the_limit_is_90_days(string command)
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send(command);

        var refusal = (await ana.NextMessage()).Text;
        Assert.Contains("up to 90 days", refusal, StringComparison.Ordinal);
        Assert.Contains("Nothing is paused", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gmt_asks_london_or_utc_and_the_answer_is_taken()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();

        await ana.Send("GMT");
        var question = await ana.NextMessage();
        Assert.StartsWith("GMT: do you mean London time (GMT in winter, BST in summer) or UTC all year round?", question.Text, StringComparison.Ordinal);
        Assert.Equal(["London (GMT/BST)", "UTC all year"], question.Buttons.SelectMany(r => r).Select(b => b.Text));

        await ana.Send("London (GMT/BST)");
        Assert.StartsWith("Got it: London", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_capital_in_french_is_found()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();

        await ana.Send("Varsovie");

        Assert.StartsWith("Got it: Warsaw", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }
}
