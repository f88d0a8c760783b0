using Dapper;
using HipBot.Testing;
using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>Pain, illness, travel, thanks and questions about today: each gets an answer of its own, never "I didn't get that".</summary>
public class CareConversationTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset WednesdaySeven = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private const string NotUnderstood = "I didn't get that";

    private static async Task<long> CheckInsAsync(HipBotApp app)
    {
        await using var db = await app.OpenDatabaseAsync();
        return await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM check_ins");
    }

    [Theory]
    [InlineData("my knee hurts")]
    [InlineData("pulled a muscle on my run, sharp pain in the hip")]
    [InlineData("pain 6/10")]
    [InlineData("hip is sore")]
    public async Task Pain_gets_the_care_path_and_nothing_is_logged(string text)
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        Assert.Equal(1, await app.SetTimeAsync(WednesdaySeven));
        await ana.NextMessage();

        await ana.Send(text);
        var care = await ana.NextMessage();

        Assert.Contains("sharp or stabbing pain is a stop sign", care.Text, StringComparison.Ordinal);
        Assert.Contains("physio or doctor", care.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood, care.Text, StringComparison.Ordinal);
        // Level 1 has no easier level: the offer is a break.
        Assert.Equal(["Pause a week", "Pause 2 weeks"], care.Buttons.SelectMany(r => r).Select(b => b.Text));
        Assert.Equal(0, await CheckInsAsync(app));

        await ana.Press("Pause a week");
        Assert.Contains("Paused through", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Illness_offers_rest_and_a_pause_and_logs_nothing()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send("got the flu, feeling awful");
        var care = await ana.NextMessage();

        Assert.StartsWith("Sorry you're unwell. Rest comes first", care.Text, StringComparison.Ordinal);
        Assert.Equal(["1 week", "2 weeks", "4 weeks"], care.Buttons.SelectMany(r => r).Select(b => b.Text));
        Assert.Equal(0, await CheckInsAsync(app));
    }

    [Fact]
    public async Task Travel_offers_a_pause_until_a_date_and_logs_nothing()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send("on holiday until the 5th");
        var care = await ana.NextMessage();
        Assert.StartsWith("Enjoy the trip!", care.Text, StringComparison.Ordinal);
        Assert.Contains("/pause until", care.Text, StringComparison.Ordinal);
        Assert.Equal(0, await CheckInsAsync(app));

        await ana.Press("2 weeks");
        Assert.Contains("Paused through Monday 7 December", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanks!", "Any time!")]
    [InlineData("hello", "Hi Ana! 👋")]
    [InlineData("good morning", "Hi Ana! 👋")]
    [InlineData("lol ok", "🙂")]
    [InlineData("🙏", "Any time!")]
    public async Task Thanks_greetings_and_small_talk_get_a_short_friendly_answer(string text, string answer)
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send(text);
        var reply = await ana.NextMessage();

        Assert.StartsWith(answer, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(NotUnderstood, reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what do I do today?")]
    [InlineData("how many sets")]
    [InlineData("what's today's plan")]
    public async Task A_question_about_today_answers_with_todays_prescription(string question)
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        Assert.Equal(1, await app.SetTimeAsync(WednesdaySeven));
        await ana.NextMessage();
        await ana.Send("clams 2x10");
        await ana.NextMessage();

        await ana.Send(question);
        var answer = await ana.NextMessage();

        Assert.StartsWith("Today's plan:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Clamshells", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Traveling side squats", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2 × 10", answer.Text, StringComparison.Ordinal);
        Assert.Equal(1, await CheckInsAsync(app));
    }

    [Theory]
    [InlineData("done! long run tomorrow")]
    [InlineData("all done, ran 21.1 km this morning")]
    [InlineData("done, easy 8k after work")]
    public async Task A_check_in_with_a_remark_about_the_run_still_logs_the_check_in(string text)
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        Assert.Equal(1, await app.SetTimeAsync(WednesdaySeven));
        await ana.NextMessage();

        await ana.Send(text);
        var reply = await ana.NextMessage();

        Assert.DoesNotContain(NotUnderstood, reply.Text, StringComparison.Ordinal);
        Assert.True(await CheckInsAsync(app) > 0);
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(["2026-11-25"], await db.QueryAsync<string>("SELECT DISTINCT local_date FROM check_ins"));
    }

    [Fact]
    public async Task Pain_beside_logged_work_logs_the_work_and_adds_a_word_of_care()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        Assert.Equal(1, await app.SetTimeAsync(WednesdaySeven));
        await ana.NextMessage();

        await ana.Send("2x10 done but my hip hurts");
        await ana.NextMessage();
        var care = await ana.NextMessage();

        Assert.StartsWith("About the pain", care.Text, StringComparison.Ordinal);
        Assert.True(await CheckInsAsync(app) > 0);
    }
}

/// <summary>Check-ins about an earlier day: filed on that day within the last week, asked about beyond it.</summary>
public class EarlierDayConversationTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_weekday_named_in_a_check_in_files_it_on_that_day()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await app.SetTimeAsync(new DateTimeOffset(2026, 11, 27, 17, 0, 0, TimeSpan.Zero));

        await ana.Send("wednesday 2x10");
        await app.WaitUntilIdleAsync();

        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(["2026-11-25"], await db.QueryAsync<string>("SELECT DISTINCT local_date FROM check_ins"));
    }

    [Fact]
    public async Task A_day_further_back_than_a_week_is_asked_about_and_nothing_is_logged()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send("done 10 days ago");
        var question = await ana.NextMessage();

        Assert.StartsWith("Which day was that?", question.Text, StringComparison.Ordinal);
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(0, await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM check_ins"));
    }
}
