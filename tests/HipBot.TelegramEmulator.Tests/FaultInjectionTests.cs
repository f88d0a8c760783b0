using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace HipBot.TelegramEmulator.Tests;

public class FaultInjectionTests
{
    [Fact]
    public async Task An_injected_429_carries_retry_after_and_leaves_no_message_behind()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.FailNext("sendMessage", 1, 429, "Too Many Requests: retry after 3", retryAfter: 3);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "hello"));
        await bot.SendMessage(ana.Id, "hello");

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(3, error.Parameters?.RetryAfter);
        Assert.Equal("Too Many Requests: retry after 3", error.Message);
        Assert.Single(ana.Transcript);
        Assert.Equal([429, 200], emulator.CallsTo("sendMessage").Select(c => c.StatusCode));
        Assert.True(emulator.CallsTo("sendMessage")[0].Injected);
    }

    [Theory]
    [InlineData(500, "Internal Server Error")]
    [InlineData(502, "Bad Gateway")]
    [InlineData(400, "Bad Request: chat not found")]
    public async Task Injected_errors_reach_the_client_with_their_code(int code, string description)
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.FailNext("sendMessage", 2, code, description);

        var first = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "a"));
        var second = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SendMessage(ana.Id, "a"));
        await bot.SendMessage(ana.Id, "a");

        Assert.Equal((code, description), (first.ErrorCode, first.Message));
        Assert.Equal(code, second.ErrorCode);
        Assert.Equal("a", Assert.Single(ana.Transcript).Text);
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_a_request_exception_and_sends_nothing()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        await bot.GetMe(); // a pooled connection exists, as in a running bot
        emulator.Faults.DropNext("sendMessage");

        var error = await Assert.ThrowsAsync<RequestException>(() => bot.SendMessage(ana.Id, "lost"));

        Assert.IsNotType<ApiRequestException>(error);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Empty(ana.Transcript);
        Assert.Equal(0, emulator.Faults.Pending("sendMessage"));
        Assert.Equal(0, Assert.Single(emulator.CallsTo("sendMessage")).StatusCode);
    }

    [Fact]
    public async Task A_lost_response_means_the_message_was_sent_although_the_bot_saw_an_error()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.LoseResponseNext("sendMessage");

        await Assert.ThrowsAsync<RequestException>(() => bot.SendMessage(ana.Id, "did it arrive?"));

        Assert.Equal("did it arrive?", (await ana.NextMessage()).Text);
    }

    [Fact]
    public async Task A_delayed_method_answers_late_but_answers()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.Delay("sendMessage", TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await bot.SendMessage(ana.Id, "slow");
        var slow = clock.Elapsed;
        emulator.Faults.Delay("sendMessage", TimeSpan.Zero);
        clock.Restart();
        await bot.SendMessage(ana.Id, "fast");

        Assert.True(slow >= TimeSpan.FromMilliseconds(290), $"took {slow}");
        Assert.True(clock.Elapsed < slow, $"second took {clock.Elapsed}");
    }

    [Fact]
    public async Task Faults_for_one_method_leave_other_methods_alone()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.TooManyRequestsNext("sendMessage", retryAfterSeconds: 5);

        var me = await bot.GetMe();

        Assert.Equal(emulator.BotId, me.Id);
        Assert.Equal(1, emulator.Faults.Pending("SENDMESSAGE"));
    }

    [Fact]
    public async Task A_hung_chat_gets_no_answer_until_the_client_gives_up_while_other_chats_are_answered()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var ben = emulator.AddUser("Ben");
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.HangChat(ana.Id);

        using var giveUp = new CancellationTokenSource();
        var hung = bot.SendMessage(ana.Id, "hello", cancellationToken: giveUp.Token);
        await emulator.Faults.WaitUntilHanging(ana.Id);
        await bot.SendMessage(ben.Id, "hello");
        Assert.False(hung.IsCompleted);
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hung);
        Assert.Empty(ana.Transcript);
        Assert.Single(ben.Transcript);
        emulator.Faults.ReleaseChat(ana.Id);
        await bot.SendMessage(ana.Id, "again");
        Assert.Single(ana.Transcript);
    }

    [Fact]
    public async Task A_hung_call_hangs_only_the_next_call_of_its_method()
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var ana = emulator.AddUser("Ana");
        var bot = TestBot.ClientFor(emulator);
        emulator.Faults.HangNext("getMe");

        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => bot.GetMe(giveUp.Token));
        var me = await bot.GetMe();

        Assert.Equal(emulator.BotId, me.Id);
    }
}
