using Telegram.Bot;

namespace HipBot.TelegramEmulator.Tests;

public class DuplicateDeliveryTests
{
    [Fact]
    public async Task A_duplicate_of_a_confirmed_update_arrives_again_with_the_same_id_and_content()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var sent = await ana.Send("/checkin 3x20");
        var original = Assert.Single(await bot.GetUpdates());
        Assert.Empty(await bot.GetUpdates(offset: original.Id + 1));

        var duplicateId = emulator.DeliverDuplicateOfLast();
        var duplicate = Assert.Single(await bot.GetUpdates(offset: original.Id + 1));
        var afterConfirming = await bot.GetUpdates(offset: original.Id + 1);

        Assert.Equal(sent.UpdateId, duplicateId);
        Assert.Equal(original.Id, duplicate.Id);
        Assert.Equal(original.Message!.MessageId, duplicate.Message!.MessageId);
        Assert.Equal("/checkin 3x20", duplicate.Message.Text);
        Assert.Empty(afterConfirming);
    }

    [Fact]
    public async Task Any_earlier_update_can_be_redelivered_by_id()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        var first = await ana.Send("first");
        await ana.Send("second");
        var updates = await bot.GetUpdates();
        var offset = updates[^1].Id + 1;

        emulator.RedeliverUpdate(first.UpdateId!.Value);
        var again = Assert.Single(await bot.GetUpdates(offset: offset));

        Assert.Equal(first.UpdateId, again.Id);
        Assert.Equal("first", again.Message!.Text);
    }
}
