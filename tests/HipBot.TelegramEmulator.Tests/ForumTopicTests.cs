using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HipBot.TelegramEmulator.Tests;

public class ForumTopicTests
{
    [Fact]
    public async Task Messages_carry_their_topic_and_the_bot_can_post_into_one_silently()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        group.EnableTopics();
        var topic = group.CreateTopic("Hip challenge", ana);
        var bot = TestBot.ClientFor(emulator);

        await ana.Send(group, topic, "/challenge@" + emulator.BotUsername);
        var incoming = (await bot.GetUpdates()).Last().Message!;
        var post = await bot.SendMessage(group.Id, "Today's board", messageThreadId: incoming.MessageThreadId, disableNotification: true);
        var seen = await group.NextMessage();
        await ana.Reply(group, seen, "3x20 done");
        var reply = (await bot.GetUpdates(offset: incoming.Id + 1)).Last().Message!;

        Assert.True(incoming.Chat.IsForum);
        Assert.Equal(topic, incoming.MessageThreadId);
        Assert.True(incoming.IsTopicMessage);
        Assert.Equal(topic, post.MessageThreadId);
        Assert.Equal(topic, seen.ThreadId);
        Assert.True(seen.IsSilent);
        Assert.Equal(topic, reply.MessageThreadId);
    }

    [Fact]
    public async Task A_closed_or_deleted_topic_refuses_the_bot_and_the_General_topic_still_takes_it()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        group.EnableTopics();
        var closed = group.CreateTopic("Closed", ana);
        var deleted = group.CreateTopic("Deleted", ana);
        var bot = TestBot.ClientFor(emulator);

        group.CloseTopic(closed);
        group.DeleteTopic(deleted);
        var intoClosed = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group.Id, "board", messageThreadId: closed));
        var intoDeleted = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group.Id, "board", messageThreadId: deleted));
        var general = await bot.SendMessage(group.Id, "board");

        Assert.Equal("Bad Request: TOPIC_CLOSED", intoClosed.Message);
        Assert.Equal("Bad Request: message thread not found", intoDeleted.Message);
        Assert.Null(general.MessageThreadId);
        Assert.Equal("board", (await group.NextMessage()).Text);
    }
}
