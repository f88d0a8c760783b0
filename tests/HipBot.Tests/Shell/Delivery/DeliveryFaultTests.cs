using Dapper;
using HipBot.Core.Messages;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Xunit.Abstractions;

namespace HipBot.Tests.Shell.Delivery;

/// <summary>What the outbox sender does when Telegram refuses, fails, drops or forgets, seen through the emulator.</summary>
public class DeliveryFaultTests(ITestOutputHelper output)
{
    // Retries take seconds (retry_after, back-off); the emulator's default 10 s wait would be tight on a busy CI machine.
    private static readonly EmulatorOptions Patient = new() { DefaultTimeout = TimeSpan.FromSeconds(30) };

    // What onboarding with buttons says, one message per step, in this order.
    private static readonly string[] OnboardingMessages =
        ["Hi, ", "When should I send", "Which days", "resistance band", "Here's your plan", "You're all set"];

    private static readonly string[] OnboardingPresses = ["tz:Europe/Berlin", "time:07:00", "days:21", "band:no", "confirm:yes"];

    [Fact]
    public async Task Every_message_arrives_exactly_once_and_in_order_through_429s_5xx_and_dropped_connections()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        ScriptedUser[] users = [app.AddUser("Ana"), app.AddUser("Ben"), app.AddUser("Cleo")];
        var faults = app.Telegram.Faults;
        Action[] inject =
        [
            () => faults.TooManyRequestsNext("sendMessage", retryAfterSeconds: 1),
            () => faults.FailNext("sendMessage", 1, 502, "Bad Gateway"),
            () => faults.DropNext("sendMessage"),
            () => faults.FailNext("sendMessage", 1, 500, "Internal Server Error"),
        ];
        Func<ScriptedUser, Task>[] steps = [u => u.Send("/start"), .. OnboardingPresses.Select(data => (Func<ScriptedUser, Task>)(u => u.Press(data)))];

        // Two faults per step, so every step of the three conversations runs into failed sends.
        for (var step = 0; step < steps.Length; step++)
        {
            inject[step % inject.Length]();
            inject[(step + 1) % inject.Length]();
            await Task.WhenAll(users.Select(async user =>
            {
                await steps[step](user);
                await user.NextMessage();
            }));
        }
        await DeliveryHarness.EventuallyAsync(app.PendingRowsAsync, pending => pending == 0, "an empty outbox");

        Assert.Equal(0, faults.Pending("sendMessage"));
        Assert.Equal(2 * steps.Length, app.Telegram.CallsTo("sendMessage").Count(c => c.Injected));
        foreach (var user in users)
        {
            var said = user.Transcript.FromBot.Select(m => m.Text ?? "").ToList();
            Assert.Equal(OnboardingMessages.Length, said.Count);
            for (var i = 0; i < OnboardingMessages.Length; i++)
            {
                Assert.Contains(OnboardingMessages[i], said[i], StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_429_for_one_chat_does_not_hold_up_another()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");
        app.Telegram.Faults.TooManyRequestsNext("sendMessage", retryAfterSeconds: 5);

        await ana.Send("/start");
        var refused = await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.ChatId == ana.ChatId && c.StatusCode == 429);
        await ben.Send("/start");
        Assert.Contains("Hi, Ben", (await ben.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Contains("Hi, Ana", (await ana.NextMessage()).Text, StringComparison.Ordinal);

        var toBen = app.Telegram.CallsTo("sendMessage").Single(c => c.ChatId == ben.ChatId && c.Succeeded);
        var toAna = app.Telegram.CallsTo("sendMessage").Single(c => c.ChatId == ana.ChatId && c.Succeeded);
        Assert.True(toBen.Elapsed < toAna.Elapsed, $"Ben was answered at {toBen.Elapsed}, after Ana's retry at {toAna.Elapsed}");
        Assert.True(toBen.Elapsed - refused.Elapsed < TimeSpan.FromSeconds(5), $"Ben waited {toBen.Elapsed - refused.Elapsed} for Ana's retry_after");
        // Ana's chat waited the retry_after Telegram asked for (less a little for when the meter stamped the calls).
        Assert.True(toAna.Elapsed - refused.Elapsed >= TimeSpan.FromSeconds(4.9), $"Ana was retried after {toAna.Elapsed - refused.Elapsed}");
    }

    [Fact]
    public async Task A_lost_response_may_repeat_a_message_once_and_the_conversation_goes_on()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        // Telegram shows the welcome, then the connection dies before the bot hears so.
        app.Telegram.Faults.LoseResponseNext("sendMessage");

        await ana.Send("/start");
        foreach (var data in OnboardingPresses)
        {
            await ana.Press(data);
        }
        await ana.WaitUntil(t => t.AnyFromBotContaining("You're all set"));

        // Delivery is at least once: the sender cannot tell a lost answer from a lost request, so it sends again.
        // Rows of a chat go out in order, so any repeat came before the next question and the count is final.
        var welcomes = ana.Transcript.FromBot.Count(m => m.Text!.Contains("Hi, Ana", StringComparison.Ordinal));
        output.WriteLine($"The welcome arrived {welcomes} times.");
        Assert.InRange(welcomes, 1, 2);
        Assert.Single(app.Telegram.CallsTo("sendMessage"), c => c.Injected && c.StatusCode == 0);
        var said = ana.Transcript.FromBot.Select(m => m.Text ?? "").Where(t => !t.Contains("Hi, Ana", StringComparison.Ordinal)).ToList();
        Assert.Equal(OnboardingMessages.Length - 1, said.Count);
        for (var i = 1; i < OnboardingMessages.Length; i++)
        {
            Assert.Contains(OnboardingMessages[i], said[i - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_user_who_blocks_the_bot_gets_nothing_more_until_they_write_again()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        await HipBotApp.OnboardAsync(ana);
        var nextPlanAt = await app.NextPlanAtAsync(ana.ChatId);
        Assert.NotNull(nextPlanAt);
        await ana.BlockBot();
        await app.Telegram.WaitForUpdatesConsumed();
        // Forget the my_chat_member news, so what follows shows the sender's own reaction to the 403.
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await DeliveryHarness.EventuallyAsync(() => app.IsBlockedAsync(ana.ChatId), blocked => blocked, "the news to be handled");
            await connection.ExecuteAsync("UPDATE chats SET blocked = 0, next_plan_at = @nextPlanAt WHERE chat_id = @ChatId", new { ana.ChatId, nextPlanAt });
        }

        await app.EnqueueAsync([.. new[] { "Plan one", "Plan two", "Plan three" }.Select(text => new SendMessage(ana.ChatId, new Reply(text)))]);
        await app.Telegram.WaitForCall(c => c.Method == "sendMessage" && c.ChatId == ana.ChatId && c.StatusCode == 403);
        var rows = await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.All(r => r.Status != "pending"), "Ana's rows to be settled");

        Assert.Equal(["dropped", "dropped", "dropped"], rows.TakeLast(3).Select(r => r.Status));
        Assert.True(await app.IsBlockedAsync(ana.ChatId));
        Assert.Null(await app.NextPlanAtAsync(ana.ChatId));
        Assert.Single(app.Telegram.CallsTo("sendMessage"), c => c.ChatId == ana.ChatId && !c.Succeeded);

        await ana.UnblockBot();
        await ana.Send("/start");

        Assert.Contains("Welcome back", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.False(ana.Transcript.AnyFromBotContaining("Plan "));
        Assert.False(await app.IsBlockedAsync(ana.ChatId));
        Assert.NotNull(await app.NextPlanAtAsync(ana.ChatId));
    }

    [Fact]
    public async Task A_403_for_a_message_queued_before_the_user_wrote_again_drops_that_message_only()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        await ana.Send("/start");
        await ana.NextMessage();
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var plan = gate.HoldNext(r => BotCallGate.IsSend(r, ana.ChatId, "Plan one"));
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Plan one"))]);
        await plan.Reached;

        // Ana blocked the bot before the plan reached Telegram, then unblocked it and wrote while it was on its way.
        app.Telegram.Faults.FailNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await ana.Send("/help");
        await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.Count(r => r.Status == "pending") == 2, "the answer to /help to be queued");
        plan.Release();

        var rows = await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.All(r => r.Status != "pending"), "Ana's rows to be settled");
        Assert.Equal(["dropped", "sent"], rows.TakeLast(2).Select(r => r.Status));
        Assert.False(await app.IsBlockedAsync(ana.ChatId));
        Assert.DoesNotContain("Plan one", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        Assert.Single(app.Telegram.CallsTo("sendMessage"), c => c.ChatId == ana.ChatId && c.StatusCode == 403);
    }

    [Fact]
    public async Task An_unexpected_exception_is_retried_with_back_off_and_counted()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        Func<global::Telegram.Bot.Requests.Abstractions.IRequest, bool> plan = r => BotCallGate.IsSend(r, ana.ChatId, "Plan");
        gate.ThrowNext(plan, times: 2, () => new InvalidOperationException("Something nobody expected"));

        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Plan"))]);

        Assert.Equal("Plan", (await ana.NextMessage()).Text);
        var row = (await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.Single().Status == "sent", "the row to be sent")).Single();
        Assert.Equal(3, row.Attempts);
        var tries = gate.Seen(plan);
        Assert.Equal(3, tries.Count);
        // 0.5 s, then 1 s of back-off (less a little for the millisecond clock), not a hot loop.
        Assert.True(tries[1] - tries[0] >= TimeSpan.FromMilliseconds(450), $"retried after {tries[1] - tries[0]}");
        Assert.True(tries[2] - tries[1] >= TimeSpan.FromMilliseconds(950), $"retried after {tries[2] - tries[1]}");
        var lines = app.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("failed (attempt 1)", StringComparison.Ordinal) && l.Contains("Something nobody expected", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("failed (attempt 2)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("Recording", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_delivery_Telegram_accepted_but_the_database_would_not_record_is_logged_as_such_and_never_sent_twice()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync(
                """
                CREATE TRIGGER test_refuse_sent BEFORE UPDATE OF status ON outbox WHEN NEW.status = 'sent'
                BEGIN SELECT RAISE(ABORT, 'the disk is full (test)'); END
                """);
        }

        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Plan")), new SendMessage(ana.ChatId, new Reply("And the next one"))]);
        Assert.Equal("Plan", (await ana.NextMessage()).Text);
        // The database keeps refusing for a while: the record is tried again and again, with a growing wait.
        await DeliveryHarness.EventuallyAsync(
            () => Task.FromResult(app.Logs.Lines),
            lines => lines.Count(l => l.Contains("Telegram accepted outbox row", StringComparison.Ordinal)
                && l.Contains("the database is the problem, not Telegram", StringComparison.Ordinal)
                && l.Contains("will not be sent again", StringComparison.Ordinal)) >= 2,
            "two refused records to be logged");
        await using (var connection = await app.OpenDatabaseAsync())
        {
            await connection.ExecuteAsync("DROP TRIGGER test_refuse_sent");
        }

        Assert.Equal("And the next one", (await ana.NextMessage()).Text);
        var rows = await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows.All(r => r.Status == "sent"), "both rows to be recorded as sent");
        Assert.All(rows, r => Assert.Null(r.LastError));
        var sends = app.Telegram.CallsTo("sendMessage").Where(c => c.ChatId == ana.ChatId && c.Succeeded).ToList();
        Assert.Equal(2, sends.Count);
        Assert.Equal(["Plan", "And the next one"], ana.Transcript.FromBot.Select(m => m.Text));
        var refusals = app.Logs.Lines.Where(l => l.Contains("recording it again in", StringComparison.Ordinal)).ToList();
        Assert.Contains("recording it again in 1 s", refusals[0], StringComparison.Ordinal);
        Assert.Contains("recording it again in 2 s", refusals[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_whose_message_is_gone_arrives_as_a_new_message()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        await ana.Send("/start");
        await ana.NextMessage();

        var update = Reply.WithButtons("Today's plan, updated", [new Button("Done", "done:1")]);
        await app.EnqueueAsync([new EditMessage(ana.ChatId, update, MessageId: 999999)]);

        var message = await ana.NextMessage();
        Assert.Equal("Today's plan, updated", message.Text);
        Assert.True(message.HasButton("done:1"));
        Assert.Single(app.Telegram.CallsTo("editMessageText"), c => c.StatusCode == 400);
        var row = (await DeliveryHarness.EventuallyAsync(
            () => app.OutboxRowsAsync(ana.ChatId), rows => rows[^1].Status == "sent", "the edit row to be sent"))[^1];
        Assert.Equal("send", row.Kind);
    }

    [Fact]
    public async Task An_edit_sent_as_a_new_message_keeps_its_key_so_the_next_edit_updates_the_new_message()
    {
        await using var app = await HipBotApp.StartAsync(emulator: Patient);
        var ana = app.AddUser("Ana");
        const string key = "plan:2026-11-25";
        await app.EnqueueAsync([new SendMessage(ana.ChatId, new Reply("Plan v1"), key)]);
        var first = await ana.NextMessage();

        app.Telegram.Faults.FailNext("editMessageText", 1, 400, "Bad Request: message to edit not found");
        await app.EnqueueAsync([new EditMessage(ana.ChatId, new Reply("Plan v2"), TargetKey: key)]);
        var second = await ana.NextMessage();
        Assert.Equal("Plan v2", second.Text);

        await app.EnqueueAsync([new EditMessage(ana.ChatId, new Reply("Plan v3"), TargetKey: key)]);
        var edited = await ana.NextEdit();
        Assert.Equal(second.MessageId, edited.MessageId);
        Assert.Equal("Plan v3", edited.Text);
        Assert.Equal("Plan v1", ana.Transcript.FromBot.Single(m => m.MessageId == first.MessageId).Text);
    }
}
