using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace HipBot.TelegramEmulator.Tests;

public class WebhookTests
{
    private static readonly EmulatorOptions FastRetries = new() { WebhookRetryDelay = TimeSpan.FromMilliseconds(20) };

    [Fact]
    public async Task Updates_are_posted_to_the_webhook_one_at_a_time_in_order_with_the_secret()
    {
        await using var emulator = await BotApiEmulator.StartAsync(FastRetries);
        await using var hook = await WebhookReceiver.StartAsync();
        var bot = TestBot.ClientFor(emulator);
        var ana = emulator.AddUser("Ana");

        await bot.SetWebhook(hook.Url.ToString(), secretToken: "s3cret_-X", allowedUpdates: [UpdateType.Message]);
        var first = await ana.Send("one");
        var second = await ana.Send("two");
        await emulator.WaitForUpdatesConsumed();

        Assert.Equal(2, hook.Received.Count);
        Assert.All(hook.Received, r => Assert.Equal("s3cret_-X", r.Secret));
        Assert.Equal([first.UpdateId!.Value, second.UpdateId!.Value], hook.Received.Select(r => UpdateId(r.Body)));
        Assert.Equal("two", JsonDocument.Parse(hook.Received[1].Body).RootElement.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(hook.Url, emulator.WebhookUrl);
    }

    [Fact]
    public async Task An_answer_other_than_2xx_or_none_at_all_is_retried_and_the_update_waits_in_the_queue()
    {
        await using var emulator = await BotApiEmulator.StartAsync(FastRetries);
        await using var hook = await WebhookReceiver.StartAsync();
        var bot = TestBot.ClientFor(emulator);
        var ana = emulator.AddUser("Ana");
        hook.AnswerNext(500, 401);

        await bot.SetWebhook(hook.Url.ToString());
        var sent = await ana.Send("hello");
        await emulator.WaitForUpdatesConsumed();

        Assert.Equal([500, 401, 200], hook.Received.Select(r => r.Answer));
        Assert.All(hook.Received, r => Assert.Equal(sent.UpdateId, UpdateId(r.Body)));
        Assert.Equal([false, false, true], emulator.WebhookDeliveries.Select(d => d.Delivered));
        var info = await bot.GetWebhookInfo();
        Assert.Equal(hook.Url.ToString(), info.Url);
        Assert.Equal(0, info.PendingUpdateCount);
        Assert.Contains("401", info.LastErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_that_does_not_listen_is_retried_until_it_does()
    {
        await using var emulator = await BotApiEmulator.StartAsync(FastRetries);
        var bot = TestBot.ClientFor(emulator);
        var ana = emulator.AddUser("Ana");
        Uri url;
        await using (var gone = await WebhookReceiver.StartAsync())
        {
            url = gone.Url;
        }

        await bot.SetWebhook(url.ToString());
        await ana.Send("hello");
        var refused = await emulator.WaitForWebhookDelivery(d => d.StatusCode == 0);

        Assert.Equal(1, emulator.PendingUpdates);
        Assert.StartsWith("Connection failed", refused.Error, StringComparison.Ordinal);
        await using var back = await WebhookReceiver.StartAsync();
        await bot.SetWebhook(back.Url.ToString());
        await emulator.WaitForUpdatesConsumed();
        Assert.Single(back.Received);
    }

    [Fact]
    public async Task A_lost_answer_makes_the_same_update_come_again()
    {
        await using var emulator = await BotApiEmulator.StartAsync(FastRetries);
        await using var hook = await WebhookReceiver.StartAsync();
        var bot = TestBot.ClientFor(emulator);
        var ana = emulator.AddUser("Ana");
        emulator.LoseNextWebhookAnswers();

        await bot.SetWebhook(hook.Url.ToString());
        var sent = await ana.Send("hello");
        await emulator.WaitForUpdatesConsumed();

        Assert.Equal([sent.UpdateId!.Value, sent.UpdateId!.Value], hook.Received.Select(r => UpdateId(r.Body)));
        Assert.Equal([true, false], emulator.WebhookDeliveries.Select(d => d.AnswerLost));
    }

    [Fact]
    public async Task getUpdates_is_refused_with_409_while_a_webhook_is_set_and_works_again_after_deleteWebhook_with_nothing_lost()
    {
        await using var emulator = await BotApiEmulator.StartAsync(FastRetries);
        await using var hook = await WebhookReceiver.StartAsync();
        var bot = TestBot.ClientFor(emulator);
        var ana = emulator.AddUser("Ana");
        hook.AnswerNext(Enumerable.Repeat(503, 1000).ToArray());
        await bot.SetWebhook(hook.Url.ToString());
        var waiting = await ana.Send("hello");

        var conflict = await Assert.ThrowsAsync<ApiRequestException>(() => bot.GetUpdates());
        await bot.DeleteWebhook();
        var updates = await bot.GetUpdates();

        Assert.Equal(409, conflict.ErrorCode);
        Assert.Contains("webhook is active", conflict.Message, StringComparison.Ordinal);
        Assert.Null(emulator.WebhookUrl);
        Assert.Equal(waiting.UpdateId, Assert.Single(updates).Id);
    }

    [Theory]
    [InlineData("http://example.org/hook", null, "HTTPS URL must be provided")]
    [InlineData("https://example.org/hook", "not allowed!", "secret token contains unallowed characters")]
    public async Task setWebhook_refuses_plain_http_to_another_host_and_a_secret_outside_Telegrams_alphabet(string url, string? secret, string error)
    {
        await using var emulator = await BotApiEmulator.StartAsync();
        var bot = TestBot.ClientFor(emulator);

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => bot.SetWebhook(url, secretToken: secret));

        Assert.Equal(400, refused.ErrorCode);
        Assert.Contains(error, refused.Message, StringComparison.Ordinal);
        Assert.Null(emulator.WebhookUrl);
    }

    private static int UpdateId(string body) => JsonDocument.Parse(body).RootElement.GetProperty("update_id").GetInt32();
}
