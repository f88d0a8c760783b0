using HipBot.TelegramEmulator;

namespace HipBot.Tests.Support;

/// <summary>The steps of a group challenge a test repeats: an admin setting one up, members finding today's post.</summary>
internal static class GroupHelpers
{
    public const string DoneToday = "✅ Done today";

    /// <summary>
    /// The bot is added to the group by <paramref name="admin"/>, who presses the card's button, opens the private link,
    /// picks <paramref name="start"/> on the card and starts the challenge. Returns the announcement in the group.
    /// </summary>
    public static async Task<SentMessage> SetUpAsync(HipBotApp app, ScriptedGroup group, ScriptedUser admin, string start = "Today", bool botIsAdmin = true, int? threadId = null)
    {
        group.AddBot(admin, asAdmin: botIsAdmin);
        await group.WaitUntil(t => t.FromBot.Any(m => m.HasButton("🛠 Set up a challenge")));
        string payload;
        if (threadId is { } topic)
        {
            await admin.Send(group, topic, "/challenge@" + app.Telegram.BotUsername);
            var reply = await group.WaitUntil(t => t.FromBot.Any(m => m.AllButtons.Any(b => b.Url?.Contains("?start=setup_", StringComparison.Ordinal) == true)));
            payload = reply.FromBot.Last().AllButtons.First(b => b.Url is not null).Url!.Split("?start=")[1];
        }
        else
        {
            var press = await admin.Press(group, "🛠 Set up a challenge");
            payload = (await press.WaitForAnswer()).Url!.Split("?start=")[1];
        }
        await admin.Send("/start " + payload);
        var card = await admin.WaitUntil(t => t.FromBot.Any(m => m.HasButton("✅ Start the challenge")));
        if (start != "Tomorrow")
        {
            await (await admin.Press(start)).WaitForAnswer();
        }
        await (await admin.Press("✅ Start the challenge")).WaitForAnswer();
        var announced = await group.WaitUntil(t => t.FromBot.Any(m => m.Text?.Contains("I'll post here every day", StringComparison.Ordinal) == true));
        return announced.FromBot.Last(m => m.Text!.Contains("I'll post here every day", StringComparison.Ordinal));
    }

    /// <summary>The newest daily post in the group, as it stands now.</summary>
    public static SentMessage LatestPost(ScriptedGroup group) =>
        group.Transcript.FromBot.Last(m => m.Text?.Contains(" · day ", StringComparison.Ordinal) == true);
}
