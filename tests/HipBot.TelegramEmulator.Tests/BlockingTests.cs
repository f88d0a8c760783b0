using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace HipBot.TelegramEmulator.Tests;

public class BlockingTests
{
    [Fact]
    public async Task A_user_who_blocked_the_bot_makes_sends_fail_with_403_and_the_bot_hears_about_it()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        await ana.BlockBot();
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "Time to train!"));
        var update = Assert.Single(await bot.GetUpdates());

        Assert.Equal(403, error.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", error.Message);
        Assert.Empty(ana.Transcript);
        Assert.Equal(UpdateType.MyChatMember, update.Type);
        Assert.Equal(ana.Id, update.MyChatMember!.Chat.Id);
        Assert.Equal(ChatMemberStatus.Member, update.MyChatMember.OldChatMember.Status);
        Assert.Equal(ChatMemberStatus.Kicked, update.MyChatMember.NewChatMember.Status);
        Assert.Equal(emulator.BotId, update.MyChatMember.NewChatMember.User.Id);
    }

    [Fact]
    public async Task Unblocking_lets_the_bot_send_again_and_is_announced_too()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await ana.BlockBot();

        await ana.UnblockBot();
        await bot.SendMessage(ana.Id, "Welcome back");
        var updates = await bot.GetUpdates();

        Assert.Equal("Welcome back", (await ana.NextMessage()).Text);
        Assert.Equal(ChatMemberStatus.Member, updates[^1].MyChatMember!.NewChatMember.Status);
        Assert.Equal(2, updates.Length);
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_cannot_write_to_it_in_the_test_either()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        await ana.BlockBot();

        await Assert.ThrowsAsync<InvalidOperationException>(() => ana.Send("hi"));
    }
}
