using Dapper;
using HipBot.Shell.Telegram;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Shell.Telegram;

public class HandlerFailureTests
{
    [Fact]
    public async Task An_update_whose_handler_throws_is_retried_and_answered_while_other_chats_go_on()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(services: services =>
        {
            flaky.Install(services);
            // Retries at +0.25, +0.5, +1, +2 s: Ana's update cannot run out of attempts while Ben is answered.
            services.Configure<InboxOptions>(o => o.RetryDelay = TimeSpan.FromMilliseconds(250));
        });
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        flaky.Break(ana.ChatId);

        await ana.Send("/start");
        await flaky.WaitForFailures(ana.ChatId, 1);
        await ben.Send("/start");
        Assert.Contains("Hi, Ben", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        await ben.Press("Berlin");
        Assert.Contains("When should I send", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Empty(ana.Transcript.FromBot);

        flaky.Heal(ana.ChatId);

        Assert.Contains("Hi, Ana", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Single(ana.Transcript.FromBot);
        await using var db = await app.OpenDatabaseAsync();
        var (status, attempts) = await db.QuerySingleAsync<(string, long)>(
            "SELECT status, attempts FROM inbox WHERE chat_id = @ChatId", new { ana.ChatId });
        Assert.Equal("done", status);
        Assert.Equal(flaky.Failures(ana.ChatId), attempts);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains($"of chat {ana.ChatId} failed (attempt 1), retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_that_always_fails_is_parked_with_a_log_line_and_other_chats_still_work()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(services: services =>
        {
            flaky.Install(services);
            services.Configure<InboxOptions>(o =>
            {
                o.MaxAttempts = 3;
                o.RetryDelay = TimeSpan.FromMilliseconds(20);
            });
        });
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        flaky.Break(ana.ChatId);

        await ana.Send("/start");
        await ben.Send("/start");
        Assert.Contains("Hi, Ben", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        await flaky.WaitForFailures(ana.ChatId, 3);
        flaky.Heal(ana.ChatId);
        // Her next message can only be handled once the broken one has left the queue.
        await ana.Send("/start");

        Assert.Contains("Hi, Ana", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Single(ana.Transcript.FromBot);
        Assert.Equal(3, flaky.Failures(ana.ChatId));
        await ben.Press("Berlin");
        Assert.Contains("When should I send", (await ben.NextMessage()).Text, StringComparison.Ordinal);

        await using var db = await app.OpenDatabaseAsync();
        var parked = await db.QuerySingleAsync<(long UpdateId, long Attempts, string LastError)>(
            "SELECT update_id, attempts, last_error FROM inbox WHERE chat_id = @ChatId AND status = 'parked'", new { ana.ChatId });
        Assert.Equal(3, parked.Attempts);
        Assert.Contains("Injected failure", parked.LastError, StringComparison.Ordinal);
        Assert.Single(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal)
            && l.Contains($"Update {parked.UpdateId} of chat {ana.ChatId} failed 3 times and is parked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_the_database_could_not_take_is_not_counted_against_it_and_is_answered_once_the_database_recovers()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(services: services =>
        {
            flaky.Install(services);
            // One counted failure would park the update for good.
            services.Configure<InboxOptions>(o => o.MaxAttempts = 1);
        });
        var ana = app.AddUser("Ana");
        flaky.Break(ana.ChatId, times: 1, error: () => new SqliteException("database or disk is full", 13));

        await ana.Send("/start");

        Assert.Contains("Hi, Ana", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        await using var db = await app.OpenDatabaseAsync();
        Assert.Equal(("done", 0L), await db.QuerySingleAsync<(string, long)>(
            "SELECT status, attempts FROM inbox WHERE chat_id = @ChatId", new { ana.ChatId }));
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal)
            && l.Contains("the database is the problem, not Telegram", StringComparison.Ordinal));
    }
}
