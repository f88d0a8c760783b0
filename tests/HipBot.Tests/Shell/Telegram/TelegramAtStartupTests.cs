using HipBot.Tests.Support;
using HipBot.TelegramEmulator;

namespace HipBot.Tests.Shell.Telegram;

/// <summary>What the real host does when Telegram refuses the token at start-up, or cannot be reached at all.</summary>
public sealed class TelegramAtStartupTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"telegram-{Guid.NewGuid():N}");

    public TelegramAtStartupTests() => Directory.CreateDirectory(folder);

    // The database belongs to the program's own process, which has ended: nothing of it is pooled here.
    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task A_token_telegram_refuses_stops_the_program_with_one_line_and_a_non_zero_exit()
    {
        await using var telegram = await BotApiEmulator.StartAsync();
        var refused = "7000000009:AAThisTokenIsNotTheOneTheEmulatorKnows01";

        var run = await HipBotProcess.RunAsync(folder, [], new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = refused,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Database__Path"] = Path.Combine(folder, "hipbot.db"),
        });

        var report = $"exit code {run.ExitCode}\nstderr:\n{run.StdErr}\nstdout:\n{run.StdOut}";
        Assert.True(run.ExitCode != 0, report);
        var line = Assert.Single(run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("HipBot cannot start: Telegram refused the bot token (401 Unauthorized).", line, StringComparison.Ordinal);
        Assert.DoesNotContain(refused, run.StdErr + run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StdErr + run.StdOut, StringComparison.Ordinal);
        Assert.Contains(telegram.Calls, c => c.Method == "getMe" && c.StatusCode == 401);
    }

    [Fact]
    public async Task An_unreachable_api_logs_one_concise_line_per_back_off_step()
    {
        await using var app = await HipBotApp.StartAsync();
        await app.Telegram.WaitForBotPolling();

        // Telegram goes away: every call now fails to connect.
        await app.Telegram.DisposeAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (app.Logs.Lines.Count(l => l.Contains("Polling Telegram failed", StringComparison.Ordinal)) < 2)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }

        var failures = app.Logs.Lines.Where(l => l.Contains("Polling Telegram failed", StringComparison.Ordinal)).ToList();
        Assert.All(failures, line =>
        {
            Assert.DoesNotContain('\n', line.TrimEnd());
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
            Assert.Matches(@"Polling Telegram failed \(.+\); trying again in \d+ s", line);
        });
    }
}
