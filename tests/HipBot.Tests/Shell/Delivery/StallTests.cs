using Dapper;
using HipBot.Core.Messages;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>One problem must not reach every user: hung requests, a hung long poll, a database that holds its lock.</summary>
public class StallTests
{
    // Answers within this show the stall did not hold the user up; the HTTP client's own timeout is 100 s.
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string?> QuickTimeouts = new()
    {
        ["Telegram:RequestTimeout"] = "00:00:01",
        ["Telegram:LongPollTimeout"] = "00:00:01",
    };

    [Fact]
    public async Task Eight_sends_Telegram_never_answers_do_not_hold_up_another_chat()
    {
        await using var app = await HipBotApp.StartAsync(settings: QuickTimeouts);
        var hung = Enumerable.Range(0, 8).Select(i => app.AddUser($"Hung{i}")).ToList();
        foreach (var user in hung)
        {
            app.Telegram.Faults.HangChat(user.ChatId);
        }
        await app.EnqueueAsync(hung.Select(u => (Outgoing)new SendMessage(u.ChatId, new Reply("Your plan"))));
        await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.ChatId == hung[^1].ChatId);

        var ana = app.AddUser("Ana");
        await ana.Send("/start");

        Assert.Contains("Hi, Ana", (await ana.NextMessage(WithinSeconds)).Text, StringComparison.Ordinal);
        foreach (var user in hung)
        {
            app.Telegram.Faults.ReleaseChat(user.ChatId);
        }
        // At least once: each hung message arrives once Telegram answers again.
        foreach (var user in hung)
        {
            Assert.Equal("Your plan", (await user.NextMessage()).Text);
        }
        Assert.Contains(app.Logs.Lines, l => l.Contains("no answer from Telegram within 1 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_poll_Telegram_never_answers_is_given_up_after_its_wait_and_the_request_timeout()
    {
        await using var app = await HipBotApp.StartAsync(settings: QuickTimeouts);
        await app.Telegram.WaitForBotPolling();
        app.Telegram.Faults.HangNext("getUpdates");
        // The poll under way ends when the message comes; the next one hangs.
        var ana = app.AddUser("Ana");
        await ana.Send("/start");
        await ana.NextMessage();

        await ana.Send("/help");

        Assert.Contains("Here's what I understand", (await ana.NextMessage(WithinSeconds)).Text, StringComparison.Ordinal);
        Assert.Contains(app.Logs.Lines, l => l.Contains("Polling Telegram failed", StringComparison.Ordinal)
            && l.Contains("getUpdates did not answer within 2 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_write_lock_with_sends_in_flight_delivers_every_message_once_when_it_clears()
    {
        await using var app = await HipBotApp.StartAsync(settings: new Dictionary<string, string?> { ["Database:BusyTimeout"] = "00:00:00.2" });
        var users = new[] { app.AddUser("Ana"), app.AddUser("Ben"), app.AddUser("Cy") };
        // Telegram takes a moment to answer, so the lock below is in place before any delivery comes back to be recorded.
        app.Telegram.Faults.Delay("sendMessage", TimeSpan.FromMilliseconds(500));
        await app.EnqueueAsync(users.SelectMany(u => new Outgoing[]
        {
            new SendMessage(u.ChatId, new Reply("First")),
            new SendMessage(u.ChatId, new Reply("Second")),
        }));
        await using var other = await app.OpenDatabaseAsync();
        await using (var hold = await other.BeginTransactionAsync())
        {
            // Another writer (a backup, an operator's command) holds the write lock for longer than any write waits.
            await other.ExecuteAsync("UPDATE inbox SET attempts = attempts WHERE 0", transaction: hold);
            await DeliveryHarness.EventuallyAsync(
                () => Task.FromResult(app.Logs.Lines),
                lines => lines.Count(l => l.Contains("the database refused to record it", StringComparison.Ordinal)) >= 3,
                "deliveries whose record the lock refused");
            await hold.RollbackAsync();
        }

        foreach (var user in users)
        {
            Assert.Equal("First", (await user.NextMessage()).Text);
            Assert.Equal("Second", (await user.NextMessage()).Text);
        }
        foreach (var user in users)
        {
            await DeliveryHarness.EventuallyAsync(() => app.OutboxRowsAsync(user.ChatId), rows => rows.All(r => r.Status == "sent"), "the rows to be recorded");
            Assert.Equal(2, app.Telegram.CallsTo("sendMessage").Count(c => c.ChatId == user.ChatId && c.Succeeded));
            Assert.Equal(["First", "Second"], user.Transcript.FromBot.Select(m => m.Text));
        }
    }

    [Fact]
    public async Task Stopping_while_Telegram_takes_long_to_answer_says_what_was_in_flight_and_may_go_out_again()
    {
        await using var app = await HipBotApp.StartAsync(
            settings: new Dictionary<string, string?> { ["Telegram:RequestTimeout"] = "00:00:30" },
            services: services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(300)));
        var ana = app.AddUser("Ana");
        app.Telegram.Faults.HangChat(ana.ChatId);
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Your plan"))]);
        await app.Telegram.Faults.WaitUntilHanging(ana.ChatId);
        var beforeStop = app.Logs;

        app.Telegram.Faults.ReleaseChat(ana.ChatId);
        await app.RestartAsync();

        Assert.Contains(beforeStop.Lines, l => l.Contains("Stopping with 1 deliveries on the wire", StringComparison.Ordinal));
        Assert.Contains(beforeStop.Lines, l => l.Contains("Stopped with 1 deliveries unanswered", StringComparison.Ordinal)
            && l.Contains("will be sent again after the restart", StringComparison.Ordinal));
        // And so it is: at least once.
        Assert.Equal("Your plan", (await ana.NextMessage()).Text);
    }
}
