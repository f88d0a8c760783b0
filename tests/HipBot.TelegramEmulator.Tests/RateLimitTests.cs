using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HipBot.TelegramEmulator.Tests;

public class RateLimitTests
{
    [Fact]
    public async Task With_enforcement_a_burst_to_one_chat_beyond_the_allowance_gets_429_with_retry_after()
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions
        {
            RateLimits = new RateLimitOptions { Enforce = true, PrivateChatBurst = 3, PrivateChatMessagesPerSecond = 1 },
        });
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);

        for (var i = 0; i < 3; i++)
        {
            await bot.SendMessage(ana.Id, $"burst {i}");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "one too many"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(1, error.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 1", error.Message);
        Assert.Equal(3, ana.Transcript.Count);
        Assert.Equal(1, emulator.Limits.Violations);
        Assert.Equal("per private chat", Assert.Single(emulator.Limits.ViolationLog).Limit);
    }

    [Fact]
    public async Task With_enforcement_a_group_gets_at_most_its_per_minute_allowance()
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions
        {
            RateLimits = new RateLimitOptions { Enforce = true, GroupMessagesPerMinute = 5 },
        });
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);

        for (var i = 0; i < 5; i++)
        {
            await bot.SendMessage(group.Id, $"note {i}");
        }

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(group.Id, "sixth"));

        Assert.Equal(429, error.ErrorCode);
        Assert.InRange(error.Parameters!.RetryAfter!.Value, 55, 60);
        Assert.Equal(5, emulator.Limits.MaxPerGroupPerMinute);
    }

    [Fact]
    public async Task Without_enforcement_limits_are_measured_but_sends_go_through()
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions
        {
            RateLimits = new RateLimitOptions { GlobalMessagesPerSecond = 10 },
        });
        var users = Enumerable.Range(0, 4).Select(i => emulator.AddUser($"User{i}")).ToList();
        var bot = TestBot.ClientFor(emulator);

        await Task.WhenAll(users.Select(async user =>
        {
            for (var i = 0; i < 4; i++)
            {
                await bot.SendMessage(user.Id, $"m{i}");
            }
        }));

        Assert.Equal(16, emulator.Limits.TotalSends);
        Assert.True(emulator.Limits.Violations >= 4, $"violations: {emulator.Limits.Violations}");
        Assert.Equal(4, emulator.Limits.MaxPerChatPerSecond);
        Assert.Equal(4, emulator.Limits.MaxPerSecondIn(users[0].Id));
        Assert.True(emulator.Limits.MaxGlobalPerSecond > 10);
        Assert.All(users, u => Assert.Equal(4, u.Transcript.Count));
    }

    [Fact]
    public async Task In_a_group_edits_count_against_the_same_per_minute_allowance_as_new_messages()
    {
        await using var emulator = await BotApiEmulator.StartAsync(new EmulatorOptions
        {
            RateLimits = new RateLimitOptions { Enforce = true, GroupMessagesPerMinute = 3 },
        });
        var ana = emulator.AddUser("Ana");
        var group = emulator.AddGroup("Hip Club", admin: ana);
        var bot = TestBot.ClientFor(emulator);
        var post = await bot.SendMessage(group.Id, "board: 0 sessions");

        await bot.EditMessageText(group.Id, post.MessageId, "board: 1 session");
        await bot.EditMessageText(group.Id, post.MessageId, "board: 2 sessions");
        var unchanged = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(group.Id, post.MessageId, "board: 2 sessions"));
        var fourth = await Assert.ThrowsAsync<ApiRequestException>(() => bot.EditMessageText(group.Id, post.MessageId, "board: 3 sessions"));

        Assert.Equal(400, unchanged.ErrorCode);      // "message is not modified" uses no allowance
        Assert.Equal(429, fourth.ErrorCode);
        Assert.Equal(3, emulator.Limits.MaxPerGroupPerMinute);
    }
}
