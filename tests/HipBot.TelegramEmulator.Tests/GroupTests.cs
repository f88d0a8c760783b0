using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.TelegramEmulator.Tests;

public class GroupTests
{
    [Fact]
    public async Task In_privacy_mode_the_bot_only_gets_commands_replies_mentions_and_presses()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var group = emulator.AddGroup("Hip Club", admin: ana, members: [ben]);
        var bot = TestBot.ClientFor(emulator);
        var prompt = await bot.SendMessage(group.Id, "Who trained today?", replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Done", "done")));
        var promptSeen = await group.NextMessage();

        await ben.Send(group, "morning all");                                   // chatter: withheld
        await ben.Send(group, "/checkin");                                      // command: delivered
        await ben.Send(group, "/checkin@" + emulator.BotUsername);              // command for this bot: delivered
        await ben.Send(group, "/checkin@SomeOtherBot");                         // command for another bot: withheld
        await ana.Send(group, $"hey @{emulator.BotUsername} what's up");        // mention: delivered
        await ben.Reply(group, promptSeen, "3x20");                             // reply to the bot: delivered
        await ana.ShareLocation(group, 52.52, 13.40);                           // location: withheld
        await ben.Press(group, "Done");                                         // press: delivered
        var updates = await bot.GetUpdates();

        Assert.Equal(
            ["/checkin", "/checkin@" + emulator.BotUsername, $"hey @{emulator.BotUsername} what's up", "3x20", "done"],
            updates.Select(u => u.Message?.Text ?? u.CallbackQuery?.Data));
        Assert.Equal(prompt.MessageId, updates[3].Message!.ReplyToMessage!.MessageId);
        Assert.All(updates.Where(u => u.Message is not null), u => Assert.Equal(ChatType.Supergroup, u.Message!.Chat.Type));
        Assert.Equal(8, group.Transcript.Count); // everyone still sees every message (a press is no message)
        Assert.Null(group.Transcript[1].UpdateId);
    }

    [Fact]
    public async Task Without_privacy_mode_or_as_an_admin_the_bot_gets_every_message()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var open = emulator.AddGroup("Open", admin: ana);
        var adminBot = emulator.AddGroup("Admin bot", admin: ana);
        open.PrivacyMode = false;
        adminBot.BotIsAdmin = true;
        var bot = TestBot.ClientFor(emulator);

        await ana.Send(open, "chatter one");
        await ana.Send(adminBot, "chatter two");
        var updates = await bot.GetUpdates();

        Assert.Equal(["chatter one", "chatter two"], updates.Select(u => u.Message!.Text));
        Assert.Equal(ChatMemberStatus.Administrator, (await bot.GetChatMember(adminBot.Id, emulator.BotId)).Status);
    }

    [Fact]
    public async Task Group_messages_are_read_through_the_group_and_not_through_members_private_chats()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);

        await bot.SendMessage(group.Id, "Weekly summary");

        Assert.Equal("Weekly summary", (await group.NextMessage()).Text);
        Assert.Equal(0, ana.Unread);
        Assert.Empty(ana.Transcript);
    }

    [Fact]
    public async Task Only_members_can_write_in_a_group()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var stranger = emulator.AddUser("Stranger");
        var group = emulator.AddGroup("Hip Club", admin: ana);

        await Assert.ThrowsAsync<InvalidOperationException>(() => stranger.Send(group, "/checkin"));
        group.AddMember(stranger);
        await stranger.Send(group, "/checkin");

        Assert.Equal(2, group.Members.Count);
    }

    [Fact]
    public async Task WaitUntil_returns_once_the_group_satisfies_the_condition()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);

        var waiting = group.WaitUntil(chat => chat.FromBot.Count() == 3);
        for (var i = 0; i < 3; i++)
        {
            await bot.SendMessage(group.Id, $"note {i}");
        }

        var transcript = await waiting;
        Assert.Equal(3, transcript.Count);
        Assert.True(transcript.AnyFromBotContaining("note 2"));
    }
}
