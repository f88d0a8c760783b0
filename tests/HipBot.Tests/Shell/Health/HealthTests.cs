using System.Net;
using System.Text.Json;
using HipBot.Shell.Health;
using HipBot.Shell.Operations;
using HipBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Tests.Shell.Health;

public class HealthTests
{
    private static readonly HttpClient Http = new();

    [Fact]
    public async Task Health_answers_200_ready_with_what_it_checked()
    {
        await using var app = await HipBotApp.StartAsync(listensOnHttp: true);

        using var answer = await Http.GetAsync(new Uri(app.Bot.HttpAddress!, "/health"));
        var report = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(report.GetProperty("ready").GetBoolean());
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("detail").GetString()!);
        Assert.Equal(["database", "receiver", "outbox"], checks.Keys.ToArray());
        Assert.StartsWith("reachable, schema version", checks["database"], StringComparison.Ordinal);
        Assert.StartsWith("polling, last getUpdates", checks["receiver"], StringComparison.Ordinal);
        Assert.Equal("nothing overdue", checks["outbox"]);
    }

    [Fact]
    public async Task A_stuck_outbox_makes_health_answer_503_and_health_on_the_command_line_say_why_until_the_messages_go_out()
    {
        await using var app = await HipBotApp.StartAsync(listensOnHttp: true, settings: new Dictionary<string, string?> { ["Health:OutboxStuckAfter"] = "00:00:01" });
        using var gate = new BotCallGate(app.Services);
        var ana = app.AddUser("Ana");
        // Telegram never answers the welcome: the sender waits on it, and on everything queued behind it.
        var held = gate.HoldNext(r => BotCallGate.IsSend(r, ana.ChatId));
        await ana.Send("/start");
        await held.Reached;
        // The welcome was queued a minute ago on the business clock.
        app.Clock.Advance(TimeSpan.FromMinutes(1));

        var stuck = await DeliveryHarness.EventuallyAsync(() => GetHealthAsync(app), h => h.Status == HttpStatusCode.ServiceUnavailable, "/health to answer 503");
        await app.Services.GetRequiredService<HealthRecorder>().RecordAsync(CancellationToken.None);
        var (exitCode, line) = await HealthCommandAsync(app);

        Assert.Contains("outbox", stuck.Body, StringComparison.Ordinal);
        Assert.Contains("stuck: 1 messages due", stuck.Body, StringComparison.Ordinal);
        Assert.Equal(HealthExit.NotReady, exitCode);
        Assert.StartsWith("not ready: outbox: stuck", line, StringComparison.Ordinal);

        held.Release();
        await ana.NextMessage();
        await DeliveryHarness.EventuallyAsync(() => GetHealthAsync(app), h => h.Status == HttpStatusCode.OK, "/health to answer 200 again");
        await app.Services.GetRequiredService<HealthRecorder>().RecordAsync(CancellationToken.None);
        Assert.Equal(HealthExit.Ready, (await HealthCommandAsync(app)).ExitCode);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("HipBot is not ready: outbox: stuck", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_health_command_of_the_real_binary_reads_a_polling_bot_without_a_port_and_knows_when_it_stopped()
    {
        await using var app = await HipBotApp.StartAsync();
        var environment = new Dictionary<string, string> { ["Database__Path"] = app.DatabasePath };

        var running = await HipBotProcess.RunAsync(Path.GetTempPath(), ["--health"], environment);
        await app.StopBotAsync();
        var stopped = await HipBotProcess.RunAsync(Path.GetTempPath(), ["--health"], environment);

        Assert.True(running.ExitCode == 0, running.StdOut + running.StdErr);
        Assert.StartsWith("ready: database: reachable", running.StdOut, StringComparison.Ordinal);
        Assert.Contains("receiver: polling", running.StdOut, StringComparison.Ordinal);
        Assert.Equal(1, stopped.ExitCode);
        Assert.StartsWith("not ready: HipBot stopped at", stopped.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_past_its_time_means_the_bot_is_not_running_or_hangs()
    {
        var checkedAt = new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);
        var report = new HealthReport(true, checkedAt, [new HealthCheck("database", true, "reachable")]);

        var (code, line) = HealthExit.Judge(new HealthStatus(report, checkedAt.AddSeconds(30)), checkedAt.AddMinutes(5));

        Assert.Equal(HealthExit.NotReady, code);
        Assert.Equal("not ready: HipBot's last health report is from 2026-11-25 06:00:00Z; it is not running, or hangs", line);
        Assert.Equal(HealthExit.NotReady, HealthExit.Judge(null, checkedAt).Code);
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetHealthAsync(HipBotApp app)
    {
        using var answer = await Http.GetAsync(new Uri(app.Bot.HttpAddress!, "/health"));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    private static async Task<(int ExitCode, string Line)> HealthCommandAsync(HipBotApp app)
    {
        var output = new StringWriter();
        var code = await OperatorCommands.TryRunAsync(["--health", $"--Database:Path={app.DatabasePath}"], output, TextWriter.Null);
        return (code!.Value, output.ToString().Trim());
    }
}
