using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>Admins at work: an anonymous admin proving who they are, the roster and its actions, the command menus per scope.</summary>
public class GroupAdminTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> QuickGroups = new() { ["Sender:GroupMessagesPerMinute"] = "600" };

    [Fact]
    public async Task An_anonymous_admin_is_sent_to_a_private_chat_where_only_a_real_admin_can_open_the_link()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        var ben = app.AddUser("Ben");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: [ben]);
        group.AddBot(olga, asAdmin: true);
        await group.WaitUntil(t => t.FromBot.Any(m => m.HasButton("🛠 Set up a challenge")));

        var asked = await olga.SendAnonymously(group, "/challenge@" + app.Telegram.BotUsername);
        var reply = (await group.WaitUntil(t => t.FromBot.Any(m => m.ReplyToMessageId == asked.MessageId))).FromBot.Last();
        var payload = reply.AllButtons.Single().Url!.Split("?start=")[1];
        await ben.Send("/start " + payload);
        await ben.WaitUntil(t => t.AnyFromBotContaining("Only the group's admins can do that."));
        await olga.Send("/start " + payload);
        var card = await olga.WaitUntil(t => t.FromBot.Any(m => m.HasButton("✅ Start the challenge")));

        Assert.True(reply.IsSilent);
        Assert.Contains("can't tell which admin you are", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Setting up a challenge for Hip Club", card.LastFromBot!.Text, StringComparison.Ordinal);
        Assert.False(ben.Transcript.AnyFromBotContaining("Setting up a challenge"));
    }

    [Fact]
    public async Task The_roster_comes_in_private_and_its_actions_reach_the_member()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        var ana = app.AddUser("Ana");
        await HipBotApp.OnboardAsync(olga);
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: [ana]);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await (await ana.Press(group, "➕ Join")).WaitForAnswer();

        await olga.Send("/roster");
        var roster = await olga.WaitUntil(t => t.AnyFromBotContaining("1 on the board"));
        await (await olga.Press("Ana ›")).WaitForAnswer();
        await (await olga.Press("Mark today done")).WaitForAnswer();
        await ana.WaitUntil(t => t.AnyFromBotContaining("An admin of Hip Club marked Wed 25 Nov as done for you"));
        await (await olga.Press("Remove from the board")).WaitForAnswer();
        await ana.WaitUntil(t => t.AnyFromBotContaining("An admin of Hip Club took you off its board"));
        await app.WaitUntilIdleAsync();

        Assert.Contains("Ana: joined Wed 25 Nov, 0/0 this week, no check-in this week", roster.LastFromBot!.Text, StringComparison.Ordinal);
        Assert.Contains("0 on the board", olga.Transcript.FromBot.Last(m => m.Text!.Contains("Hip Club ·", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(group.Transcript.FromBot, m => m.Text!.Contains("on the board", StringComparison.Ordinal) || m.Text.Contains("Ana: joined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Command_menus_are_set_for_private_chats_groups_and_group_admins()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning);

        for (var tries = 0; tries < 500 && app.Telegram.CommandsByScope.Count < 4; tries++)
        {
            await Task.Delay(10);
        }

        var scopes = app.Telegram.CommandsByScope;
        Assert.Contains(scopes["all_private_chats"], c => c.Command == "deleteme");
        Assert.Equal(["done", "join", "leave", "help"], scopes["all_group_chats"].Select(c => c.Command));
        Assert.Equal(["done", "join", "leave", "help", "challenge", "roster"], scopes["all_chat_administrators"].Select(c => c.Command));
    }
}
