using Dapper;
using HipBot.Tests.Support;

namespace HipBot.Tests.Conversations;

/// <summary>What Telegram does to a group's challenge: the group moves, the bot is thrown out, a topic closes, members leave, admins' bots hear everything.</summary>
public class GroupTelegramEventsTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset WednesdayMorning = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, string?> QuickGroups = new() { ["Sender:GroupMessagesPerMinute"] = "600" };

    [Fact]
    public async Task A_group_that_becomes_a_supergroup_mid_challenge_loses_nothing_and_posts_today_anew_there()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        foreach (var user in new[] { olga, ana, ben })
        {
            await HipBotApp.OnboardAsync(user, days: "days:127");
        }
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: [ana, ben], supergroup: false);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"));
        await (await ana.Press(group, GroupHelpers.DoneToday)).WaitForAnswer();
        await (await ben.Press(group, "➕ Join")).WaitForAnswer();
        await app.WaitUntilIdleAsync();
        var oldBotMessages = group.Transcript.FromBot.Count();

        var supergroup = group.MigrateToSupergroup(olga);
        var anew = (await supergroup.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"))).FromBot.Last();
        await (await ben.Press(supergroup, GroupHelpers.DoneToday)).WaitForAnswer();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.TickGroupsAsync();
        var edited = await supergroup.WaitUntil(t => t.AnyFromBotContaining("2 sessions this week"));
        await app.WaitUntilIdleAsync();

        Assert.Contains("💯 Full week: Ana", anew.Text, StringComparison.Ordinal);
        Assert.Contains("1 session this week", anew.Text, StringComparison.Ordinal);
        Assert.True(anew.IsSilent);
        Assert.Contains("💯 Full week: Ana, Ben", edited.FromBot.Last().Text, StringComparison.Ordinal);
        Assert.Equal(oldBotMessages, group.Transcript.FromBot.Count());
        await using var connection = await app.OpenDatabaseAsync();
        Assert.Equal([supergroup.Id], await connection.QueryAsync<long>("SELECT group_id FROM groups"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM group_members WHERE group_id = @Id AND left_at IS NULL", new { supergroup.Id }));
        Assert.DoesNotContain(app.Telegram.Calls, c => c.ChatId == group.Id && !c.Succeeded);
    }

    [Fact]
    public async Task A_send_refused_with_the_supergroups_id_moves_the_challenge_there_when_the_migration_itself_was_never_heard()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        var ana = app.AddUser("Ana");
        await HipBotApp.OnboardAsync(olga);
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        var group = app.Telegram.AddGroup("Hip Club", admin: olga, members: [ana], supergroup: false);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await (await ana.Press(group, GroupHelpers.DoneToday)).WaitForAnswer();
        await app.WaitUntilIdleAsync();

        await app.StopBotAsync();
        var supergroup = group.MigrateToSupergroup(olga);
        app.Telegram.DiscardPendingUpdates();
        app.Clock.SetUtcNow(WednesdayMorning.AddDays(1));
        await app.StartBotAsync();
        await app.TickGroupsAsync();
        var post = (await supergroup.WaitUntil(t => t.AnyFromBotContaining("day 2 of 28"))).FromBot.Last();
        await app.WaitUntilIdleAsync();

        Assert.Contains(app.Telegram.Calls, c => c.ChatId == group.Id && c.StatusCode == 400);
        Assert.True(post.IsSilent);
        Assert.Contains("This week so far", post.Text, StringComparison.Ordinal);
        await using var connection = await app.OpenDatabaseAsync();
        Assert.Equal([supergroup.Id], await connection.QueryAsync<long>("SELECT group_id FROM groups"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM group_members WHERE group_id = @Id", new { supergroup.Id }));
    }

    [Fact]
    public async Task Removed_from_the_group_the_challenge_waits_its_admin_is_told_and_added_back_it_carries_on()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"));

        await app.WaitUntilIdleAsync();
        var callsBefore = app.Telegram.Calls.Count(c => c.ChatId == group.Id);
        group.RemoveBot(olga);
        await olga.WaitUntil(t => t.AnyFromBotContaining("I was removed from Hip Club"));
        await app.SetTimeAsync(WednesdayMorning.AddDays(1));
        await app.TickGroupsAsync();
        await app.WaitUntilIdleAsync();
        var callsWhileOut = app.Telegram.Calls.Count(c => c.ChatId == group.Id) - callsBefore;
        group.AddBot(olga, asAdmin: true);
        await olga.WaitUntil(t => t.AnyFromBotContaining("I'm back in Hip Club"));
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 2 of 28"));

        // Nothing was even tried while the bot was out: no post, no 403.
        Assert.Equal(0, callsWhileOut);
        Assert.DoesNotContain(app.Telegram.Calls, c => c.ChatId == group.Id && !c.Succeeded);
    }

    [Fact]
    public async Task A_send_refused_because_the_bot_was_kicked_suspends_the_challenge_when_the_kick_itself_was_never_heard()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"));
        await app.WaitUntilIdleAsync();

        await app.StopBotAsync();
        group.RemoveBot(olga);
        app.Telegram.DiscardPendingUpdates();
        app.Clock.SetUtcNow(WednesdayMorning.AddDays(1));
        await app.StartBotAsync();
        await app.TickGroupsAsync();
        await olga.WaitUntil(t => t.AnyFromBotContaining("I was removed from Hip Club"));
        await app.WaitUntilIdleAsync();
        var callsBefore = app.Telegram.Calls.Count(c => c.ChatId == group.Id);
        await app.SetTimeAsync(WednesdayMorning.AddDays(2));
        await app.TickGroupsAsync();
        await app.WaitUntilIdleAsync();

        // One refused post taught HipBot; the next day's post is not even tried.
        Assert.Single(app.Telegram.Calls, c => c.ChatId == group.Id && c.StatusCode == 403);
        Assert.Equal(callsBefore, app.Telegram.Calls.Count(c => c.ChatId == group.Id));
    }

    [Fact]
    public async Task A_post_refused_for_want_of_rights_is_dropped_and_the_challenge_carries_on_the_next_day()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"));
        // Olga's own plans stay away, so the one refusal below can only be the group's post.
        await olga.Send("/stop");
        await olga.WaitUntil(t => t.AnyFromBotContaining("/start"));
        await app.WaitUntilIdleAsync();

        app.Telegram.Faults.FailNext("sendMessage", 1, 403, "Forbidden: not enough rights to send text messages to the chat");
        await app.SetTimeAsync(WednesdayMorning.AddDays(1));
        await app.TickGroupsAsync();
        await app.WaitUntilIdleAsync();
        Assert.Single(app.Telegram.Calls, c => c.ChatId == group.Id && c.StatusCode == 403);

        await app.SetTimeAsync(WednesdayMorning.AddDays(2));
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 3 of 28"));
        Assert.False(olga.Transcript.AnyFromBotContaining("I was removed from Hip Club"), olga.Transcript.ToString());
    }

    [Fact]
    public async Task A_board_that_can_no_longer_be_edited_is_not_sent_to_the_group_as_a_new_message()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga);
        await GroupHelpers.SetUpAsync(app, group, olga);
        await app.TickGroupsAsync();
        await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"));
        await (await olga.Press(group, "➕ Join")).WaitForAnswer();
        await app.WaitUntilIdleAsync();
        var sentBefore = app.Telegram.Calls.Count(c => c.ChatId == group.Id && c.Method == "sendMessage");

        // Someone deleted the day's post: the edit that would show Olga's check-in is refused.
        app.Telegram.Faults.FailNext("editMessageText", 1, 400, "Bad Request: message to edit not found");
        await (await olga.Press(group, GroupHelpers.DoneToday)).WaitForAnswer();
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        await app.TickGroupsAsync();
        await app.Telegram.WaitForCall(c => c.ChatId == group.Id && c.Method == "editMessageText" && c.StatusCode == 400);
        await app.WaitUntilIdleAsync();

        Assert.Equal(sentBefore, app.Telegram.Calls.Count(c => c.ChatId == group.Id && c.Method == "sendMessage"));
    }

    [Fact]
    public async Task A_closed_topic_sends_the_daily_post_to_the_General_topic_and_the_admin_is_told()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        await HipBotApp.OnboardAsync(olga);
        var group = app.Telegram.AddGroup("Hip Club", admin: olga);
        group.EnableTopics();
        var topic = group.CreateTopic("Hip challenge", olga);
        await GroupHelpers.SetUpAsync(app, group, olga, threadId: topic);
        await app.TickGroupsAsync();
        var first = (await group.WaitUntil(t => t.AnyFromBotContaining("day 1 of 28"))).FromBot.Last();

        group.CloseTopic(topic);
        await app.SetTimeAsync(WednesdayMorning.AddDays(1));
        await app.TickGroupsAsync();
        var second = (await group.WaitUntil(t => t.AnyFromBotContaining("day 2 of 28"))).FromBot.Last();
        await olga.WaitUntil(t => t.AnyFromBotContaining("post in the group's General topic"));

        Assert.Equal(topic, first.ThreadId);
        Assert.Null(second.ThreadId);
        Assert.True(second.IsSilent);
    }

    [Fact]
    public async Task An_admin_bot_hears_the_groups_chatter_but_neither_stores_nor_reads_it_and_members_leaving_leave_the_board()
    {
        await using var app = await HipBotApp.StartAsync(now: WednesdayMorning, settings: QuickGroups);
        var olga = app.AddUser("Olga");
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        await HipBotApp.OnboardAsync(olga);
        await HipBotApp.OnboardAsync(ana);
        await HipBotApp.OnboardAsync(ben);
        var admins = app.Telegram.AddGroup("Admin bot club", admin: olga, members: [ana]);
        var plain = app.Telegram.AddGroup("Plain club", admin: olga, members: [ben]);
        await GroupHelpers.SetUpAsync(app, admins, olga, botIsAdmin: true);
        await GroupHelpers.SetUpAsync(app, plain, olga, botIsAdmin: false);
        await app.TickGroupsAsync();
        await (await ana.Press(admins, "➕ Join")).WaitForAnswer();
        await (await ben.Press(plain, "➕ Join")).WaitForAnswer();

        await ana.Send(admins, "morning all, lovely run today");
        await ana.Send(admins, "/done@SomeOtherBot");
        admins.Leave(ana);     // chat_member, which HipBot asks for
        plain.Leave(ben);      // no chat_member for a bot that is no admin: the service message
        await app.WaitUntilIdleAsync();

        await using var connection = await app.OpenDatabaseAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE payload LIKE '%lovely run%' OR payload LIKE '%SomeOtherBot%'"));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM group_members WHERE left_at IS NOT NULL"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM group_members WHERE left_at IS NULL"));
    }
}
