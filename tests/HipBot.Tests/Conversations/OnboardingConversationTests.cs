using Dapper;
using HipBot.Testing;
using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

public class OnboardingConversationTests
{
    [Theory]
    [InlineData(ReceiveMode.Polling)]
    [InlineData(ReceiveMode.Webhook)]
    public async Task A_new_runner_is_onboarded_with_buttons(ReceiveMode mode)
    {
        await using var app = await HipBotApp.StartAsync(mode: mode);
        var ana = app.AddUser("Ana");

        await ana.Send("/start");
        var welcome = await ana.NextMessage();
        Assert.Contains("Hi, Ana", welcome.Text, StringComparison.Ordinal);
        Assert.True(welcome.HasButton("tz:Europe/Berlin"));

        await ana.Press("Berlin");
        Assert.Contains("When should I send", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.Press("07:00");
        Assert.Contains("Which days", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.Press("Mon · Wed · Fri");
        Assert.Contains("resistance band", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.Press("Not yet");
        var summary = await ana.NextMessage();
        Assert.Contains("Berlin", summary.Text, StringComparison.Ordinal);
        Assert.Contains("07:00", summary.Text, StringComparison.Ordinal);
        Assert.Contains("Mon, Wed, Fri", summary.Text, StringComparison.Ordinal);
        var done = await ana.Press("✅ Looks good");

        Assert.Contains("You're all set", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await done.WaitForAnswer();
    }

    [Fact]
    public async Task A_new_runner_is_onboarded_with_typed_answers()
    {
        await using var app = await HipBotApp.StartAsync();
        var ben = app.AddUser("Ben");

        await ben.Send("/start");
        await ben.NextMessage();
        await ben.Send("new york");
        Assert.Contains("New York", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        await ben.Send("7.30 am");
        Assert.Contains("07:30", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        await ben.Send("mon wed fri");
        await ben.NextMessage();
        await ben.Send("yes");
        await ben.NextMessage();
        await ben.Send("yes");

        Assert.Contains("You're all set", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        await ben.Send("/settings");
        var settings = await ben.NextMessage();
        Assert.Contains("America/New_York", settings.Text, StringComparison.Ordinal);
        Assert.Contains("07:30", settings.Text, StringComparison.Ordinal);
        Assert.Contains("Band: yes", settings.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_time_with_a_minus_sign_is_asked_again_and_the_next_answer_counts()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        await ana.Press("Berlin");
        await ana.NextMessage();

        await ana.Send("-1:00");
        Assert.StartsWith("I didn't catch a time there.", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.Send("7:00");

        var next = await ana.NextMessage();
        Assert.Contains("07:00 it is", next.Text, StringComparison.Ordinal);
        Assert.Contains("Which days", next.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shared_location_off_the_map_is_asked_again_and_a_real_one_answers()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();

        await ana.ShareLocation(123.4, 13.40);
        Assert.StartsWith("I couldn't find that time zone.", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.ShareLocation(52.52, 13.40);

        Assert.StartsWith("Got it: Berlin (Europe/Berlin).", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_etc_zone_means_what_tzdb_says_and_one_it_lacks_is_asked_again()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();

        await ana.Send("Etc/GMT+14");
        Assert.StartsWith("I couldn't find that time zone.", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await ana.Send("Etc/GMT+12");

        Assert.StartsWith("Got it: UTC-12.", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_onboarding_resumes_at_the_open_question()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        await ana.Press("Berlin");
        await ana.NextMessage();

        await app.RestartAsync();
        await ana.Send("18:30");

        Assert.Contains("Which days", (await ana.NextMessage()).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReceiveMode.Polling)]
    [InlineData(ReceiveMode.Webhook)]
    public async Task A_restart_after_onboarding_remembers_everything(ReceiveMode mode)
    {
        await using var app = await HipBotApp.StartAsync(mode: mode);
        var ana = app.AddUser();
        await HipBotApp.OnboardAsync(ana);

        await app.RestartAsync();
        await ana.Send("/start");

        var reply = await ana.NextMessage();
        Assert.Contains("Welcome back", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Berlin", reply.Text, StringComparison.Ordinal);
        Assert.Contains("07:00", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ReceiveMode.Polling)]
    [InlineData(ReceiveMode.Webhook)]
    public async Task The_same_update_delivered_twice_is_answered_once(ReceiveMode mode)
    {
        await using var app = await HipBotApp.StartAsync(mode: mode);
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        await app.Telegram.WaitForUpdatesConsumed();

        app.Telegram.DeliverDuplicateOfLast();
        await app.Telegram.WaitForUpdatesConsumed();
        await ana.Send("/help");

        // Updates of one chat are answered in order, so a second welcome would come before the help.
        Assert.Contains("Here's what I understand", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Single(ana.Transcript.FromBot, m => m.Text!.Contains("Hi, Ana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_command_menu_is_registered_at_start_up()
    {
        await using var app = await HipBotApp.StartAsync();

        await app.Telegram.WaitForCall(call => call.Method == "setMyCommands" && call.Succeeded);

        Assert.Equal(["start", "settings", "stats", "history", "undo", "pause", "resume", "stop", "help", "cancel", "export", "privacy", "deleteme"], app.Telegram.Commands.Select(c => c.Command));
    }

    [Fact]
    public async Task Bad_input_gets_a_hint_and_changes_nothing()
    {
        await using var app = await HipBotApp.StartAsync();
        var ana = app.AddUser();
        await ana.Send("/start");
        await ana.NextMessage();
        await ana.Press("Berlin");
        var question = await ana.NextMessage();
        var before = await ChatRowAsync(app, ana.ChatId);

        string[] answers = [new string('x', 10_000), "🦵🦵🦵", "/dance", "???"];
        foreach (var answer in answers)
        {
            await ana.Send(answer);
            var hint = await ana.NextMessage();
            Assert.Matches("(Try|/help)", hint.Text);
            Assert.True(hint.Text!.Length < 1000);
        }
        var forged = await ana.PressRaw(question.MessageId, "days:forged");
        await forged.WaitForAnswer();
        await (await ana.PressRaw(question.MessageId, "confirm:yes")).WaitForAnswer();

        Assert.Equal(before, await ChatRowAsync(app, ana.ChatId));
    }

    private static async Task<string> ChatRowAsync(HipBotApp app, long chatId)
    {
        await using var connection = await app.OpenDatabaseAsync();
        return await connection.QuerySingleAsync<string>(
            "SELECT status || '|' || IFNULL(time_zone, '') || '|' || IFNULL(reminder_time, '') || '|' || dialogue FROM chats WHERE chat_id = @chatId",
            new { chatId });
    }
}
