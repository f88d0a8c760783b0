using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

public class BreaksConversationTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset BerlinSeven(int day) => new(2026, 11, day, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_user_who_blocks_the_bot_gets_no_plans_and_unblocking_brings_them_back()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.BlockBot();
        await app.WaitUntilIdleAsync();
        Assert.Equal(0, await app.SetTimeAsync(BerlinSeven(25)));

        await ana.UnblockBot();
        await app.WaitUntilIdleAsync();
        Assert.Equal(1, await app.SetTimeAsync(BerlinSeven(26)));
        Assert.Contains("Hip work · Thu 26 Nov", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Equal(0, app.Telegram.CallsTo("sendMessage").Count(c => c.StatusCode == 403));
    }

    [Fact]
    public async Task Stop_silences_everything_until_start_and_start_greets_the_user_back()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send("/stop");
        Assert.Contains("stay quiet", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Equal(0, await app.SetTimeAsync(BerlinSeven(25)));
        Assert.Equal(0, await app.SetTimeAsync(BerlinSeven(26)));

        await ana.Send("/start");
        var back = await ana.NextMessage();
        Assert.StartsWith("Good to see you!", back.Text, StringComparison.Ordinal);
        Assert.Contains("Your next plan comes at your usual time", back.Text, StringComparison.Ordinal);
        Assert.Equal(1, await app.SetTimeAsync(BerlinSeven(27)));
        Assert.Contains("Hip work · Fri 27 Nov", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pause_by_button_ends_on_its_own_with_a_welcome_back()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send("/pause");
        await ana.NextMessage();
        await ana.Press("1 week");
        Assert.Contains("Paused through Monday 30 November", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        for (var day = 25; day <= 30; day++)
        {
            Assert.Equal(0, await app.SetTimeAsync(BerlinSeven(day)));
        }

        Assert.Equal(1, await app.SetTimeAsync(new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero)));
        var plan = await ana.NextMessage();
        Assert.StartsWith("Welcome back", plan.Text, StringComparison.Ordinal);
        Assert.Contains("Hip work · Tue 1 Dec", plan.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pause_of_minus_five_days_is_refused_and_the_plans_keep_coming()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");

        await ana.Send("/pause -5 days");
        Assert.StartsWith("A pause runs forward from today", (await ana.NextMessage()).Text, StringComparison.Ordinal);

        Assert.Equal(1, await app.SetTimeAsync(BerlinSeven(25)));
        Assert.Contains("Hip work · Wed 25 Nov", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }
}
