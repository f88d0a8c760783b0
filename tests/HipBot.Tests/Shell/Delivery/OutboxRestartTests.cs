using Dapper;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Delivery;

public class OutboxRestartTests
{
    [Fact]
    public async Task A_message_whose_send_failed_just_before_a_restart_is_delivered_after_it_exactly_once()
    {
        HipBotApp? running = null;
        // Telegram answers 503 until the new bot starts, so the message cannot slip out before the restart.
        await using var app = running = await HipBotApp.StartAsync(services: _ => running?.Telegram.Faults.Clear());
        var ana = app.AddUser("Ana");
        app.Telegram.Faults.FailNext("sendMessage", 1000, 503, "Service Unavailable");

        await ana.Send("/start");
        await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.ChatId == ana.ChatId && c.StatusCode == 503);
        await app.RestartAsync();

        Assert.Contains("Hi, Ana", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        // Stopping waits for a delivery to be recorded; a message not marked sent would go out again after this restart.
        await app.RestartAsync();
        await ana.Send("/help");
        await ana.NextMessage();

        Assert.Single(ana.Transcript.FromBot, m => m.Text?.Contains("Hi, Ana", StringComparison.Ordinal) == true);
        await using var db = await app.OpenDatabaseAsync();
        var (status, attempts) = await db.QuerySingleAsync<(string, long)>("SELECT status, attempts FROM outbox WHERE chat_id = @ChatId ORDER BY id LIMIT 1", new { ana.ChatId });
        Assert.Equal("sent", status);
        Assert.True(attempts >= 2, $"{attempts} attempt(s)");
    }
}
