using HipBot.Shell.Telegram;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Shell.Metrics;

public class MetricsTests
{
    private static readonly HttpClient Http = new();

    // Tuesday 24 November 2026, 21:00 in Berlin.
    private static readonly DateTimeOffset TuesdayEvening = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task After_a_scripted_conversation_the_metrics_count_what_happened()
    {
        var flaky = new FlakyChats();
        await using var app = await HipBotApp.StartAsync(now: TuesdayEvening, services: services =>
        {
            flaky.Install(services);
            services.Configure<InboxOptions>(o => o.MaxAttempts = 1);
        });
        using var metrics = new MetricsCapture(app.Services);
        var ana = app.AddUser("Ana");
        var ben = app.AddUser("Ben");

        // Ana: set up (6 updates), her plan on time on Wednesday, "done" (7), Thursday's plan three hours late after downtime.
        await HipBotApp.OnboardAsync(ana, days: "days:127");
        await app.SetTimeAsync(TuesdayEvening.AddHours(10));
        await ana.NextMessage();
        await ana.Send("done");
        await ana.NextMessage();
        await app.SetTimeAsync(TuesdayEvening.AddHours(37));
        Assert.Contains("later than planned", (await ana.NextMessage()).Text, StringComparison.Ordinal);
        // Telegram says 429 once, to the next message.
        app.Telegram.Faults.TooManyRequestsNext("sendMessage", retryAfterSeconds: 1);
        await ana.Send("/help");
        await ana.NextMessage();
        // Ben: his first /start fails and is parked; the welcome to his second meets a 403, as if he had blocked the bot.
        flaky.Break(ben.ChatId);
        await ben.Send("/start");
        await flaky.WaitForFailures(ben.ChatId, 1);
        flaky.Heal(ben.ChatId);
        app.Telegram.Faults.FailNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user");
        await ben.Send("/start");
        await app.WaitUntilIdleAsync();

        Assert.Equal(10, metrics.Sum("hipbot.updates.received", ("receiver", "polling")));
        Assert.Equal(9, metrics.Sum("hipbot.updates.handled", ("outcome", "handled")));
        Assert.Equal(1, metrics.Sum("hipbot.updates.handled", ("outcome", "parked")));
        Assert.Equal(10, metrics.Count("hipbot.updates.handling.duration"));
        Assert.Equal(1, metrics.Gauge("hipbot.updates.parked"));
        Assert.Equal(1, metrics.Sum("hipbot.sends", ("method", "sendMessage"), ("result", "429")));
        Assert.Equal(1, metrics.Sum("hipbot.sends", ("method", "sendMessage"), ("result", "403")));
        Assert.Equal(
            app.Telegram.CallsTo("sendMessage").Count(c => c.Succeeded),
            metrics.Sum("hipbot.sends", ("method", "sendMessage"), ("result", "ok")));
        Assert.Equal(5, metrics.Sum("hipbot.sends", ("method", "answerCallbackQuery"), ("result", "ok")));
        Assert.Equal(1, metrics.Sum("hipbot.plans.sent", ("late", "false")));
        Assert.Equal(1, metrics.Sum("hipbot.plans.sent", ("late", "true")));
        Assert.True(metrics.Sum("hipbot.plans.due") >= 2);
        Assert.Equal(0, metrics.Gauge("hipbot.outbox.backlog"));
        Assert.Equal(0, metrics.Gauge("hipbot.outbox.oldest_age"));
    }

    [Fact]
    public async Task The_outbox_gauges_show_a_backlog_and_how_long_its_oldest_message_has_waited()
    {
        await using var app = await HipBotApp.StartAsync();
        using var metrics = new MetricsCapture(app.Services);
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        var held = gate.HoldNext(r => BotCallGate.IsSend(r, ana.ChatId));
        await ana.Send("/start");
        await held.Reached;
        await ana.Send("/help");
        await app.Telegram.WaitForUpdatesConsumed();
        await DeliveryHarness.EventuallyAsync(() => Task.FromResult(metrics.Gauge("hipbot.outbox.backlog")), v => v == 2, "the help to be queued behind the welcome");

        app.Clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(180, metrics.Gauge("hipbot.outbox.oldest_age"));
        held.Release();
        await app.WaitUntilIdleAsync();
        Assert.Equal(0, metrics.Gauge("hipbot.outbox.backlog"));
    }

    [Fact]
    public async Task With_metrics_enabled_Prometheus_reads_them_on_the_http_port()
    {
        await using var app = await HipBotApp.StartAsync(listensOnHttp: true, settings: new Dictionary<string, string?> { ["Metrics:Enabled"] = "true" });
        var ana = app.AddUser("Ana");
        await ana.Send("/start");
        await ana.NextMessage();
        await app.WaitUntilIdleAsync();

        using var answer = await Http.GetAsync(new Uri(app.Bot.HttpAddress!, "/metrics"));
        var text = await answer.Content.ReadAsStringAsync();

        Assert.True(answer.IsSuccessStatusCode, text);
        Assert.StartsWith("text/plain", answer.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        foreach (var name in new[]
        {
            "hipbot_updates_received_total", "hipbot_updates_handled_total", "hipbot_updates_handling_duration_seconds_bucket",
            "hipbot_sends_total", "hipbot_updates_parked", "hipbot_outbox_backlog", "hipbot_outbox_oldest_age_seconds",
        })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
        Assert.Contains("result=\"ok\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Telegram.Token.Split(':')[1], text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_metrics_enabled_there_is_no_metrics_page()
    {
        await using var app = await HipBotApp.StartAsync(listensOnHttp: true);

        using var answer = await Http.GetAsync(new Uri(app.Bot.HttpAddress!, "/metrics"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
    }
}
