using System.Globalization;
using HipBot.Core.Messages;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>
/// What may overtake what in the sender: nothing, among a chat's messages; button answers, everything; and no row,
/// however the sender's waits fall, goes out twice.
/// </summary>
public class DeliveryOrderTests
{
    private static readonly EmulatorOptions Patient = new() { DefaultTimeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_row_delivered_while_the_sender_waited_for_a_free_slot_is_not_delivered_again()
    {
        await using var app = await HipBotApp.StartAsync(
            emulator: Patient, settings: new Dictionary<string, string?> { ["Sender:MaxConcurrentRequests"] = "2" });
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        var cleo = app.AddUser("Cleo");
        await app.EnqueueAsync([new SendMessage(ana.ChatId, Reply.WithButtons("Pick one", [new Button("Go", "noop:1")]))]);
        await ana.NextMessage();
        // Queued before the answer but held back, so the answer goes first and is still on the wire when they come due.
        var held = await app.EnqueueHeldAsync([new SendMessage(ben.ChatId, new Reply("For Ben")), new SendMessage(cleo.ChatId, new Reply("For Cleo"))]);
        var answer = gate.HoldNext(BotCallGate.IsAnswer);
        var toBen = gate.HoldNext(r => BotCallGate.IsSend(r, ben.ChatId));

        var press = await ana.Press("Go");
        await answer.Reached;
        await app.ReleaseHeldAsync(held);
        // The sender read Ben's row, Cleo's and the answer, in that order, while the answer was on the wire. Ben's took
        // the second slot; Cleo's waits for a slot, and the one it gets is the answer's, so the answer is done by the
        // time the sender comes to its copy of it.
        await toBen.Reached;
        answer.Release();
        await press.WaitForAnswer();
        toBen.Release();
        Assert.Equal("For Ben", (await ben.NextMessage()).Text);
        Assert.Equal("For Cleo", (await cleo.NextMessage()).Text);

        // A message to Ana is read after that batch is done, and (as before the fix) waited for any copy of the answer.
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Next"))]);
        Assert.Equal("Next", (await ana.NextMessage()).Text);
        Assert.Single(app.Telegram.CallsTo("answerCallbackQuery"));
        var rows = await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.All(r => r.Status != "pending"), "Ana's rows to be settled");
        Assert.Equal("sent", rows.Single(r => r.Kind == "answer").Status);
    }

    [Fact]
    public async Task A_row_delivered_while_the_sender_waited_for_the_global_budget_is_not_delivered_again()
    {
        // Two messages a second in all: the budget, not a slot, is what the sender waits for.
        await using var app = await HipBotApp.StartAsync(
            emulator: Patient, settings: new Dictionary<string, string?> { ["Sender:MessagesPerSecond"] = "2" });
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        var cleo = app.AddUser("Cleo");
        var held = await app.EnqueueHeldAsync([new SendMessage(ben.ChatId, new Reply("For Ben")), new SendMessage(cleo.ChatId, new Reply("For Cleo"))]);
        var toAna = gate.HoldNext(r => BotCallGate.IsSend(r, ana.ChatId, "For Ana"));
        var toBen = gate.HoldNext(r => BotCallGate.IsSend(r, ben.ChatId));
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("For Ana"))]);
        await toAna.Reached;

        await app.ReleaseHeldAsync(held);
        // The sender read Ben's row, Cleo's and its copy of Ana's, in that order, while Ana's was on the wire. Ben's took
        // the second place in the budget; Cleo's waits for one, and none frees before a second after Ana's answer.
        await toBen.Reached;
        toAna.Release();
        Assert.Equal("For Ana", (await ana.NextMessage()).Text);
        toBen.Release();
        Assert.Equal("For Ben", (await ben.NextMessage()).Text);
        Assert.Equal("For Cleo", (await cleo.NextMessage()).Text);

        // A message to Ana is read after that batch is done, and (as before the fix) waited for any copy of hers.
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Next"))]);
        Assert.Equal("Next", (await ana.NextMessage()).Text);
        Assert.Equal(["For Ana", "Next"], ana.Transcript.FromBot.Select(m => m.Text));
        Assert.Single(gate.Seen(r => BotCallGate.IsSend(r, ana.ChatId, "For Ana")));
    }

    [Fact]
    public async Task A_button_answer_does_not_wait_for_a_429_on_the_chats_messages()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        await app.EnqueueAsync([new SendMessage(ana.ChatId, Reply.WithButtons("Pick one", [new Button("Go", "noop:1")]))]);
        await ana.NextMessage();
        app.Telegram.Faults.TooManyRequestsNext("sendMessage", retryAfterSeconds: 5);
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Later"))]);
        var refused = await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.StatusCode == 429);

        var press = await ana.Press("Go");
        await press.WaitForAnswer();
        Assert.Equal("Later", (await ana.NextMessage()).Text);

        var answered = app.Telegram.CallsTo("answerCallbackQuery").Single(c => c.Succeeded);
        var later = app.Telegram.CallsTo("sendMessage").Last(c => c.Succeeded);
        Assert.True(answered.Elapsed < later.Elapsed, $"answered at {answered.Elapsed}, after the message held back at {later.Elapsed}");
        Assert.True(answered.Elapsed - refused.Elapsed < TimeSpan.FromSeconds(4), string.Create(CultureInfo.InvariantCulture, $"the answer waited {answered.Elapsed - refused.Elapsed}"));
        // The chat's own messages still waited the retry_after.
        Assert.True(later.Elapsed - refused.Elapsed >= TimeSpan.FromSeconds(4.9), $"retried after {later.Elapsed - refused.Elapsed}");
    }

    [Fact]
    public async Task A_button_answer_goes_out_while_a_message_to_the_same_chat_is_on_the_wire()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        await app.EnqueueAsync([new SendMessage(ana.ChatId, Reply.WithButtons("Pick one", [new Button("Go", "noop:1")]))]);
        await ana.NextMessage();
        var later = gate.HoldNext(r => BotCallGate.IsSend(r, ana.ChatId, "Later"));
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Later")), new SendMessage(ana.ChatId, new Reply("Last"))]);
        await later.Reached;

        var press = await ana.Press("Go");
        await press.WaitForAnswer(TimeSpan.FromSeconds(10));
        later.Release();

        // The messages themselves keep their order.
        Assert.Equal("Later", (await ana.NextMessage()).Text);
        Assert.Equal("Last", (await ana.NextMessage()).Text);
    }
}
