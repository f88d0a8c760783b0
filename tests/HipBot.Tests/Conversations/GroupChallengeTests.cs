using Dapper;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>A running club's chat doing the hip routine together, through the emulator and the real Telegram.Bot client.</summary>
public class GroupChallengeTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    // Scripted members answer instantly; three seconds between group messages would only slow the tests down.
    private static readonly Dictionary<string, string?> QuickGroups = new() { ["Sender:GroupMessagesPerMinute"] = "600" };

    [Fact]
    public async Task An_admin_sets_up_a_challenge_from_the_group_and_the_first_post_goes_out_quietly_with_its_buttons()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: [app.AddUser("Ben")]);

        var announcement = await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        var post = (await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"))).FromBot.Last();

        Assert.True(announcement.IsSilent);
        Assert.Contains("starts Wed 25 Nov: 4 weeks", announcement.Text, StringComparison.Ordinal);
        Assert.True(post.IsSilent);
        Assert.Equal(["✅ Done today", "➕ Join"], post.AllButtons.Select(b => b.Text));
        Assert.Contains("Nobody has joined yet", post.Text, StringComparison.Ordinal);
        // Olga's private confirmation and the group's posts are sent side by side: it may land after them.
        await olga.WaitUntil(t => t.AnyFromBotContaining("Hip Club is set: it starts Wed 25 Nov and runs to Tue 22 Dec"));
        // The card is the one message the bot posted on being added; setting up happened in private.
        Assert.Equal(3, group.Transcript.FromBot.Count());
    }

    [Fact]
    public async Task A_member_who_is_no_admin_tries_every_admin_action_and_nothing_changes()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        var ben = app.AddUser("Ben");
        await HipBotApp.OnboardAsync(olga);
        await HipBotApp.OnboardAsync(ben);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: [ben]);
        var other = app.Telegram.AddGroup("Other Club", admin: olga);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"));
        other.AddBot(olga, asAdmin: true);
        await other.WaitUntil(t => t.FromBot.Any(m => m.HasButton("🛠 Set up a challenge")));
        var othersLink = (await (await olga.Press(other, "🛠 Set up a challenge")).WaitForAnswer()).Url!.Split("?start=")[1];
        await app.WaitUntilIdleAsync();
        var before = await SnapshotAsync(app);
        var bot = app.Telegram.BotUsername;

        // Commands in the group.
        await ben.Send(group, $"/challenge@{bot}");
        await ben.Send(group, $"/roster@{bot}");
        // The setup button on the card.
        var setup = await (await ben.Press(group, "🛠 Set up a challenge")).WaitForAnswer();
        // Every admin button, forged in his private chat and in the group.
        await ben.Send("/help");
        var mine = await ben.WaitUntil(t => t.AnyFromBotContaining("Here's what I understand"));
        var forged = new[]
        {
            $"gs:{group.Id}:weeks:8", $"gstart:{group.Id}", $"gr:{group.Id}", $"grm:{group.Id}:{olga.Id}", $"grx:{group.Id}:{olga.Id}",
            $"grc:{group.Id}:{olga.Id}:2026-11-25", $"grp:{group.Id}", $"gre:{group.Id}:yes",
        };
        var privateAnswers = new List<CallbackAnswer>();
        foreach (var data in forged)
        {
            privateAnswers.Add(await (await ben.PressRaw(mine.LastFromBot!.MessageId, data)).WaitForAnswer());
        }
        var post = GroupHelpers.LatestPost(group);
        var groupAnswers = new List<CallbackAnswer>();
        foreach (var data in forged)
        {
            groupAnswers.Add(await (await ben.PressRaw(group, post.MessageId, data)).WaitForAnswer());
        }
        // Another group's setup link, made for its admin.
        await ben.Send("/start " + othersLink);
        await app.WaitUntilIdleAsync();

        Assert.Equal(before, await SnapshotAsync(app));
        Assert.Equal(2, group.Transcript.FromBot.Count(m => m.Text == "Only the group's admins can do that."));
        Assert.Null(setup.Url);
        Assert.Equal("Only the group's admins can do that. Nothing changed.", setup.Text);
        Assert.All(privateAnswers, a => Assert.Equal("Only the group's admins can do that. Nothing changed.", a.Text));
        Assert.All(groupAnswers, a => Assert.Equal("That button doesn't do anything any more.", a.Text));
        Assert.True(ben.Transcript.AnyFromBotContaining("That setup link was made for another admin"));
        Assert.False(ben.Transcript.AnyFromBotContaining("Setting up a challenge"));
        Assert.False(olga.Transcript.AnyFromBotContaining("Roster"));
    }

    private static async Task<string> SnapshotAsync(HipBotApp app)
    {
        await using var connection = await app.OpenDatabaseAsync();
        var groups = await connection.QueryAsync<string>(
            "SELECT group_id || '|' || status || '|' || IFNULL(challenge, '') || '|' || IFNULL(draft, '') || '|' || IFNULL(admin_chat_id, '') || '|' || IFNULL(paused_until, '') FROM groups ORDER BY group_id");
        var members = await connection.QueryAsync<string>("SELECT group_id || '|' || chat_id || '|' || IFNULL(left_at, '') FROM group_members ORDER BY 1");
        var checkIns = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM check_ins");
        var links = await connection.QueryAsync<string>("SELECT payload || '|' || used FROM group_setup_links ORDER BY payload");
        return string.Join("\n", [.. groups, "--", .. members, "--", checkIns.ToString(System.Globalization.CultureInfo.InvariantCulture), "--", .. links]);
    }
}
