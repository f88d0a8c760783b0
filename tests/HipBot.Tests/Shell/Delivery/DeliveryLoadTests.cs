using System.Diagnostics;
using System.Globalization;
using HipBot.Core.Messages;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Xunit.Abstractions;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>The load run takes both cores for several seconds: it runs alone, after the parallel tests.</summary>
[CollectionDefinition(nameof(LoadRun), DisableParallelization = true)]
public sealed class LoadRun;

[Collection(nameof(LoadRun))]
public class DeliveryLoadTests(ITestOutputHelper output)
{
    // Telegram allows 30 messages/s in all; raised (bot and emulator alike) so 10,000 messages take seconds, not minutes.
    private const int GlobalPerSecond = 1000;
    private const int SingleMessageChats = 10_000;
    private const int TripleMessageChats = 5;

    [Fact]
    public async Task Ten_thousand_users_due_at_the_same_minute_keep_every_limit_the_emulator_measures()
    {
        await using var app = await HipBotApp.StartAsync(
            emulator: new EmulatorOptions
            {
                DefaultTimeout = TimeSpan.FromSeconds(60),
                RateLimits = new() { Enforce = true, GlobalMessagesPerSecond = GlobalPerSecond, PrivateChatMessagesPerSecond = 1 },
            },
            settings: new Dictionary<string, string?>
            {
                ["Sender:MessagesPerSecond"] = GlobalPerSecond.ToString(CultureInfo.InvariantCulture),
                ["Sender:PrivateChatMessagesPerSecond"] = "1",
            });
        var users = Enumerable.Range(0, SingleMessageChats + TripleMessageChats).Select(i => app.AddUser($"U{i}")).ToList();
        var expected = users.Select((u, i) => (u.ChatId, Count: i < SingleMessageChats ? 1 : 3)).ToDictionary(
            c => c.ChatId,
            c => Enumerable.Range(1, c.Count).Select(n => $"Plan {n} for {c.ChatId}").ToList());
        var random = new Random(2026);
        // The chats with three messages are spread through the run, their rows interleaved with everyone else's.
        var messages = expected
            .SelectMany(pair => pair.Value.Select((text, n) => (Order: n * SingleMessageChats + random.Next(SingleMessageChats), Message: new SendMessage(pair.Key, new Reply(text)))))
            .OrderBy(m => m.Order)
            .Select(m => (Outgoing)m.Message)
            .ToList();
        var total = messages.Count;

        var clock = Stopwatch.StartNew();
        await app.EnqueueAsync(messages);
        var enqueued = clock.Elapsed;
        var delivered = 0;
        await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.Succeeded && ++delivered == total, TimeSpan.FromSeconds(60));
        var drained = clock.Elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} messages: enqueued in {enqueued.TotalSeconds:F2} s, delivered in {(drained - enqueued).TotalSeconds:F2} s ({total / (drained - enqueued).TotalSeconds:F0}/s); "
            + $"max {app.Telegram.Limits.MaxGlobalPerSecond}/s in all, {app.Telegram.Limits.MaxPerChatPerSecond}/s in one chat; "
            + $"{app.Telegram.CallsTo("sendMessage").Count(c => c.StatusCode == 429)} refused"));
        foreach (var kind in app.Telegram.Limits.ViolationLog.GroupBy(v => v.Limit))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind.Count()} over the {kind.Key} limit, first at {kind.First().At.TotalSeconds:F3} s, last at {kind.Last().At.TotalSeconds:F3} s"));
        }

        Assert.Equal(0, app.Telegram.Limits.Violations);
        Assert.Equal(total, app.Telegram.Limits.TotalSends);
        Assert.InRange(app.Telegram.Limits.MaxGlobalPerSecond, 1, GlobalPerSecond);
        foreach (var user in users)
        {
            Assert.Equal(expected[user.ChatId], user.Transcript.FromBot.Select(m => m.Text));
        }
        await DeliveryHarness.EventuallyAsync(app.PendingRowsAsync, pending => pending == 0, "every row marked sent");
    }
}
