using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace HipBot.TelegramEmulator.Tests;

public class ReactionAndPinTests
{
    [Fact]
    public async Task The_bot_reacts_to_a_member_message_without_sending_one()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);
        var checkIn = await ana.Send(group, "/done@" + emulator.BotUsername);

        await bot.SetMessageReaction(group.Id, checkIn.MessageId, [new ReactionTypeEmoji { Emoji = "👍" }]);
        var invalid = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SetMessageReaction(group.Id, checkIn.MessageId, [new ReactionTypeEmoji { Emoji = "🦵" }]));
        var missing = await Assert.ThrowsAsync<ApiRequestException>(() =>
            bot.SetMessageReaction(group.Id, 999, [new ReactionTypeEmoji { Emoji = "👍" }]));

        Assert.Equal(["👍"], group.Transcript.Single(m => m.MessageId == checkIn.MessageId).BotReactions);
        Assert.Equal("Bad Request: REACTION_INVALID", invalid.Message);
        Assert.Equal("Bad Request: MESSAGE_ID_INVALID", missing.Message);
        Assert.Equal(0, group.Unread);
    }

    [Fact]
    public async Task Only_an_admin_bot_with_the_pin_right_may_pin_in_a_group()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);
        var recap = await bot.SendMessage(group.Id, "The week: 142 sessions");

        var asMember = await Assert.ThrowsAsync<ApiRequestException>(() => bot.PinChatMessage(group.Id, recap.MessageId, disableNotification: true));
        group.BotIsAdmin = true;
        group.BotMayPin = false;
        var withoutRight = await Assert.ThrowsAsync<ApiRequestException>(() => bot.PinChatMessage(group.Id, recap.MessageId));
        var rights = (ChatMemberAdministrator)await bot.GetChatMember(group.Id, emulator.BotId);
        group.BotMayPin = true;
        await bot.PinChatMessage(group.Id, recap.MessageId, disableNotification: true);

        Assert.Equal("Bad Request: not enough rights to manage pinned messages in the chat", asMember.Message);
        Assert.Equal(asMember.Message, withoutRight.Message);
        Assert.False(rights.CanPinMessages);
        Assert.Equal(recap.MessageId, group.PinnedMessageId);
        Assert.True(group.Transcript.Single(m => m.MessageId == recap.MessageId).IsPinned);
    }
}
