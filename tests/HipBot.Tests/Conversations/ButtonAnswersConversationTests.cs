using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>A button's answer stays readable in the chat, and a question that has been answered loses its buttons.</summary>
public class ButtonAnswersConversationTests
{
    private static readonly DateTimeOffset Evening = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Later_on_the_plan_answers_with_a_message_naming_the_time_not_only_a_toast()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await app.SetTimeAsync(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
        var plan = await ana.NextMessage();

        await ana.Press(plan, "⏰ Later");

        Assert.Equal("⏰ Okay, I'll bring it up again at 09:00.", (await ana.NextMessage()).Text);
    }

    [Fact]
    public async Task An_answered_question_loses_its_buttons()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await ana.Send("my hip hurts");
        var care = await ana.NextMessage();
        Assert.NotEmpty(care.Buttons);

        await ana.Press(care, "Pause a week");
        await ana.NextMessage();

        var edited = await ana.NextEdit();
        Assert.Equal(care.MessageId, edited.MessageId);
        Assert.Equal(care.Text, edited.Text);
        Assert.Empty(edited.Buttons);
    }

    [Fact]
    public async Task Each_setup_question_loses_its_buttons_once_answered()
    {
        await using var app = await HipBotApp.StartAsync(now: Evening);
        var ana = app.AddUser();
        await ana.Send("/start");
        var zone = await ana.NextMessage();

        await ana.Press(zone, "Berlin");
        await ana.NextMessage();

        var edited = await ana.NextEdit();
        Assert.Equal(zone.MessageId, edited.MessageId);
        Assert.Empty(edited.Buttons);
    }
}
