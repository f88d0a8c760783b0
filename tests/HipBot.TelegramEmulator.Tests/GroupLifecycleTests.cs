using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipBot.TelegramEmulator.Tests;

/// <summary>What Telegram does to a bot in a group over its life: members come and go, admins hide, the group moves, the bot is thrown out.</summary>
public class GroupLifecycleTests
{
    [Fact]
    public async Task Joins_and_leaves_reach_a_bot_in_privacy_mode_as_service_messages()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);

        group.Join(ben);
        await ben.Send(group, "hello all");
        group.Leave(ben);
        var updates = await bot.GetUpdates();

        Assert.Equal(2, updates.Length);
        Assert.Equal(MessageType.NewChatMembers, updates[0].Message!.Type);
        Assert.Equal(ben.Id, Assert.Single(updates[0].Message!.NewChatMembers!).Id);
        Assert.Equal(MessageType.LeftChatMember, updates[1].Message!.Type);
        Assert.Equal(ben.Id, updates[1].Message!.LeftChatMember!.Id);
        Assert.Equal(ChatMemberStatus.Left, (await bot.GetChatMember(group.Id, ben.Id)).Status);
    }

    [Fact]
    public async Task Chat_member_updates_come_only_to_an_admin_bot_that_asked_for_them()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var cleo = emulator.AddUser("Cleo");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);

        group.Join(ben);                                                        // default allowed_updates: no chat_member
        var first = await bot.GetUpdates(allowedUpdates: [UpdateType.Message, UpdateType.ChatMember, UpdateType.MyChatMember]);
        group.Join(cleo);                                                       // asked, but the bot is no admin: none
        group.BotIsAdmin = true;
        group.Promote(ben);                                                     // asked and admin: one
        group.Leave(cleo);
        var second = await bot.GetUpdates(offset: first[^1].Id + 1);

        Assert.Equal([UpdateType.Message], first.Select(u => u.Type));
        Assert.Equal(
            [UpdateType.Message, UpdateType.ChatMember, UpdateType.Message, UpdateType.ChatMember],
            second.Select(u => u.Type));
        var promoted = second[1].ChatMember!;
        Assert.Equal(ben.Id, promoted.NewChatMember.User.Id);
        Assert.Equal(ChatMemberStatus.Member, promoted.OldChatMember.Status);
        Assert.Equal(ChatMemberStatus.Administrator, promoted.NewChatMember.Status);
        Assert.Equal(ChatMemberStatus.Left, second[3].ChatMember!.NewChatMember.Status);
    }

    [Fact]
    public async Task An_anonymous_admin_shows_as_the_group_and_GroupAnonymousBot()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var group = emulator.AddGroup("Hip Club", admin: ana, members: [ben]);
        var bot = TestBot.ClientFor(emulator);

        var sent = await ana.SendAnonymously(group, "/challenge@" + emulator.BotUsername);
        var message = Assert.Single(await bot.GetUpdates()).Message!;

        Assert.True(sent.IsAnonymousAdmin);
        Assert.Equal(group.Id, message.SenderChat!.Id);
        Assert.Equal("GroupAnonymousBot", message.From!.Username);
        Assert.NotEqual(ana.Id, message.From.Id);
        Assert.Throws<InvalidOperationException>(() => ben.SendAnonymously(group, "hi").GetAwaiter().GetResult());
    }

    [Fact]
    public async Task A_basic_group_upgraded_to_a_supergroup_names_its_new_id_in_messages_and_errors()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var group = emulator.AddGroup("Hip Club", admin: ana, members: [ben], supergroup: false);
        var bot = TestBot.ClientFor(emulator);
        var before = await bot.SendMessage(group.Id, "Today's board");

        var upgraded = group.MigrateToSupergroup(ana);
        var updates = await bot.GetUpdates();
        var send = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group.Id, "again"));
        var edit = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(group.Id, before.MessageId, "edited"));
        await bot.SendMessage(upgraded.Id, "Today's board, anew");

        Assert.Equal(ChatType.Group, before.Chat.Type);
        Assert.Equal(upgraded.Id, updates[0].Message!.MigrateToChatId);
        Assert.Equal(group.Id, updates[1].Message!.MigrateFromChatId);
        Assert.Equal(ChatType.Supergroup, updates[1].Message!.Chat.Type);
        Assert.Equal(400, send.ErrorCode);
        Assert.Equal(upgraded.Id, send.Parameters!.MigrateToChatId);
        Assert.Equal(upgraded.Id, edit.Parameters!.MigrateToChatId);
        Assert.Equal(ChatMemberStatus.Member, (await bot.GetChatMember(upgraded.Id, ben.Id)).Status);
        Assert.Equal("Today's board, anew", (await upgraded.NextMessage()).Text);
    }

    [Fact]
    public async Task A_bot_removed_from_a_group_is_told_and_refused_until_it_is_added_again()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var basic = emulator.AddGroup("Old Club", admin: ana, supergroup: false);
        var bot = TestBot.ClientFor(emulator);

        group.RemoveBot(ana);
        basic.RemoveBot(ana);
        var kicked = await bot.GetUpdates();
        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group.Id, "still here?"));
        var refusedBasic = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(basic.Id, "still here?"));
        group.AddBot(ana, asAdmin: true);
        var back = await bot.GetUpdates(offset: kicked[^1].Id + 1);
        await bot.SendMessage(group.Id, "Hello again");

        Assert.Equal(ChatMemberStatus.Kicked, kicked[0].MyChatMember!.NewChatMember.Status);
        Assert.Equal(ana.Id, kicked[0].MyChatMember!.From.Id);
        Assert.Equal(403, refused.ErrorCode);
        Assert.Equal("Forbidden: bot was kicked from the supergroup chat", refused.Message);
        Assert.Equal("Forbidden: bot was kicked from the group chat", refusedBasic.Message);
        Assert.Equal(ChatMemberStatus.Administrator, back[0].MyChatMember!.NewChatMember.Status);
        Assert.Equal(emulator.BotId, Assert.Single(back[1].Message!.NewChatMembers!).Id);
        Assert.Equal("Hello again", (await group.NextMessage()).Text);
    }

    [Fact]
    public async Task Command_menus_are_kept_per_scope()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        await bot.SetMyCommands([new BotCommand("start", "Begin"), new BotCommand("done", "Log today")], BotCommandScope.AllPrivateChats());
        await bot.SetMyCommands([new BotCommand("done", "Log today"), new BotCommand("leave", "Leave the board")], BotCommandScope.AllGroupChats());
        await bot.SetMyCommands([new BotCommand("roster", "Members, in private")], BotCommandScope.AllChatAdministrators());

        Assert.Equal(["start", "done"], (await bot.GetMyCommands(BotCommandScope.AllPrivateChats())).Select(c => c.Command));
        Assert.Equal(["done", "leave"], (await bot.GetMyCommands(BotCommandScope.AllGroupChats())).Select(c => c.Command));
        Assert.Equal(["roster"], (await bot.GetMyCommands(BotCommandScope.AllChatAdministrators())).Select(c => c.Command));
        Assert.Empty(await bot.GetMyCommands());
    }
}
