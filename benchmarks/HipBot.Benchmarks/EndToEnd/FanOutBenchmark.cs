using System.Globalization;
using Dapper;
using HipBot.TelegramEmulator;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Benchmarks.EndToEnd;

/// <summary>
/// The morning rush: N users, a share of them due in the same minute, the whole bot process against the emulator, which
/// enforces the configured global rate (a 429 for every message above it). Reports when the first plan left after the
/// minute began, when the last was planned (queued), the delivery rate over the measured window against the configured
/// one, the 429s and the bot's peak RSS.
/// </summary>
internal static class FanOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var userCount = Options.Int(args, "--users", 100_000);
        var duePercent = Options.Int(args, "--due-percent", 30);
        var rate = Options.Int(args, "--rate", 30);
        var concurrency = Options.Int(args, "--concurrency", 8);
        var measureSeconds = Options.Int(args, "--measure-seconds", 60);
        var paid = Options.String(args, "--paid", "false") == "true";
        var due = userCount * duePercent / 100;
        Console.WriteLine(Inv($"Fan-out: {userCount:N0} users, {due:N0} due in one minute, Sender:MessagesPerSecond={rate}, MaxConcurrentRequests={concurrency}, AllowPaidBroadcast={paid}, measured over {measureSeconds} s at most"));

        var folder = Path.Combine(Path.GetTempPath(), "hipbot-fanout", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "hipbot.db");
        await using var telegram = await BotApiEmulator.StartAsync(new EmulatorOptions
        {
            DefaultTimeout = TimeSpan.FromMinutes(30),
            RateLimits = new RateLimitOptions { Enforce = true, GlobalMessagesPerSecond = rate },
        });
        var users = Enumerable.Range(0, userCount).Select(i => telegram.AddUser(Inv($"U{i}"), username: Inv($"u{i}"))).ToList();

        // The minute everyone due is due, far enough ahead for seeding and start-up; a warm-up group of 1 % is due the
        // minute before, so the measured minute finds the bot's code warm, as on a morning after hours of running.
        var now = SystemClock.Instance.GetCurrentInstant();
        var minute = Instant.FromUnixTimeSeconds((now.ToUnixTimeSeconds() / 60 + 4) * 60);
        var warmUp = Math.Max(1, userCount / 100);
        var zone = Seeding.MiddayZone(minute);
        await Seeding.MigratedAsync(databasePath);
        await Seeding.ChatsAsync(databasePath, [.. users.Select(u => u.ChatId)], zone, now, historyDays: 0,
            dueAt: i => i < due ? minute : i < due + warmUp ? minute - Duration.FromMinutes(1) : minute + Duration.FromDays(1),
            reminder: minute.InZone(zone).TimeOfDay);

        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = telegram.Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
            ["Database__Path"] = databasePath,
            ["Sender__MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
            ["Sender__MaxConcurrentRequests"] = concurrency.ToString(CultureInfo.InvariantCulture),
            ["Sender__AllowPaidBroadcast"] = paid ? "true" : "false",
        };
        var process = BotProcess.Start("HipBot.dll", environment, Path.Combine(folder, "bot.log"));
        try
        {
            await telegram.WaitForBotPolling(TimeSpan.FromMinutes(1));
            var minuteAt = minute.ToDateTimeOffset();
            if (minuteAt - DateTimeOffset.UtcNow < TimeSpan.FromSeconds(70))
            {
                throw new InvalidOperationException("Seeding and start-up took too long: the warm-up minute has begun already.");
            }
            SentCall? first = null;
            var sent = 0;
            var refused = 0;
            var windowEnd = DateTimeOffset.MaxValue;
            await telegram.WaitForCall(c =>
            {
                if (c.Method != "sendMessage" || c.At < minuteAt)
                {
                    return false;
                }
                if (c.StatusCode == 429)
                {
                    refused++;
                    return false;
                }
                if (!c.Succeeded)
                {
                    return false;
                }
                first ??= new SentCall(c.At);
                if (windowEnd == DateTimeOffset.MaxValue)
                {
                    windowEnd = c.At.AddSeconds(measureSeconds);
                }
                if (c.At <= windowEnd)
                {
                    sent++;
                }
                return sent == due || c.At > windowEnd;
            }, TimeSpan.FromMinutes(30));
            var window = sent == due ? (telegram.Calls.Last(c => c.Method == "sendMessage" && c.Succeeded).At - first!.At).TotalSeconds : measureSeconds;

            await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
            var minuteMs = minute.ToUnixTimeMilliseconds();
            var (firstPlanned, lastPlanned, planned) = await connection.QuerySingleAsync<(long, long, long)>(
                "SELECT MIN(sent_at), MAX(sent_at), COUNT(*) FROM plans WHERE sent_at >= @minuteMs", new { minuteMs });
            Console.WriteLine(Inv($"first plan queued {(firstPlanned - minuteMs) / 1000.0:F3} s after the minute, delivered {(first!.At - minuteAt).TotalSeconds:F3} s after it"));
            Console.WriteLine(Inv($"planned {planned:N0} of {due:N0} by then; the last queued {(lastPlanned - minuteMs) / 1000.0:F3} s after the minute"));
            Console.WriteLine(Inv($"delivered {sent:N0} in {window:F1} s = {sent / window:F1} messages/s = {sent / window / rate * 100:F1} % of the configured {rate}/s; 429s: {refused}"));
            Console.WriteLine(Inv($"bot peak RSS {process.PeakRss / 1024.0 / 1024.0:F0} MB, CPU {process.Cpu.TotalSeconds:F1} s since start"));
            return 0;
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The fan-out run failed; the bot's log: {process.Log}", ex);
        }
        finally
        {
            await process.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record SentCall(DateTimeOffset At);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
