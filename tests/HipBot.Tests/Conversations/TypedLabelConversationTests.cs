using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>Typing a button's label works like tapping it, under every question that has buttons.</summary>
public class TypedLabelConversationTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Typing_looks_good_under_the_summary_finishes_the_setup()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        foreach (var data in new[] { "tz:Europe/Berlin", "time:07:00", "days:127", "band:no" })
        {
            await ana.Press(data);
            await ana.NextMessage();
        }

        await ana.Send("Looks good!");

        Assert.StartsWith("You're all set! 🎉", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_change_something_under_the_summary_opens_the_settings_menu()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        foreach (var data in new[] { "tz:Europe/Berlin", "time:07:00", "days:127", "band:no" })
        {
            await ana.Press(data);
            await ana.NextMessage();
        }

        await ana.Send("change something");

        Assert.StartsWith("What would you like to change?", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_a_care_offer_pauses_like_the_button()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await ana.Send("my knee hurts");
        await ana.NextMessage();

        await ana.Send("pause a week");

        Assert.Contains("Paused through Monday 30 November", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_a_settings_menu_label_asks_that_question()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await ana.Send("/settings");
        await ana.NextMessage();

        await ana.Send("reminder time");

        Assert.StartsWith("⏰ When should I send your daily exercises?", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_the_label_of_an_undo_question_answers_it()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await app.SetTimeAsync(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        await ana.NextMessage();
        await ana.Send("done");
        await ana.NextMessage();
        // Two days on, Wednesday has closed.
        await app.SetTimeAsync(new DateTimeOffset(2026, 11, 27, 5, 0, 0, TimeSpan.Zero));
        await ana.Send("/undo");
        var question = await ana.NextMessage();
        Assert.StartsWith("Your last check-in was for Wed 25 Nov, a day that has closed.", question.Text, StringComparison.Ordinal);
        Assert.Contains("goes from done to missed", question.Text, StringComparison.Ordinal);

        await ana.Send("yes, undo it");

        Assert.StartsWith("Undone: clamshells 2 × 10", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }
}
