using HipBot.Core.Messages;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>Paid broadcasting: Telegram lifts its 30 messages a second for sends that ask for it, and the sender asks on every one.</summary>
[Collection(nameof(LoadRun))]
public class PaidBroadcastTests
{
    private const int Users = 150;

    [Fact]
    public async Task With_paid_broadcast_allowed_a_rate_above_the_free_thirty_a_second_is_never_refused()
    {
        await using var app = await HipBotApp.StartAsync(
            emulator: new EmulatorOptions
            {
                DefaultTimeout = TimeSpan.FromSeconds(60),
                RateLimits = new() { Enforce = true, GlobalMessagesPerSecond = 30 },
            },
            settings: new Dictionary<string, string?>
            {
                ["Sender:MessagesPerSecond"] = "150",
                ["Sender:MaxConcurrentRequests"] = "16",
                ["Sender:AllowPaidBroadcast"] = "true",
            });
        var users = Enumerable.Range(0, Users).Select(i => app.AddUser($"U{i}")).ToList();

        await app.EnqueueAsync([.. users.Select(u => (Outgoing)new SendMessage(u.ChatId, new Reply("Your plan for today")))]);
        var delivered = 0;
        await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.Succeeded && ++delivered == Users);

        Assert.Equal(0, app.Telegram.Limits.Violations);
        Assert.DoesNotContain(app.Telegram.Calls, c => c.StatusCode == 429);
    }
}
