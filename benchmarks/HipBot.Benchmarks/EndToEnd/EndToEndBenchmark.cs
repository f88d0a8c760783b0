using System.Diagnostics;
using System.Globalization;
using HipBot.TelegramEmulator;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace HipBot.Benchmarks.EndToEnd;

/// <summary>
/// The whole bot process against the Bot API emulator, beside a bare Telegram.Bot echo bot on the same emulator and
/// workload, run alternately: updates/s, CPU seconds per 1,000 updates (user + sys of the bot's process) and peak RSS.
/// </summary>
/// <remarks>
/// Each run starts a fresh emulator (in this process) and a fresh bot process, warms it (HipBot sends the morning's
/// plans, then both answer a warm-up round of messages), then posts the measured messages at once and waits until the
/// bot has answered every one and gone quiet. The CPU figure covers everything the messages caused (HipBot's plan edits
/// included); the rate counts from the first message posted to the last answer.
/// </remarks>
internal static class EndToEndBenchmark
{
    private static readonly string[] CheckIns =
        ["clams 1x5", "side raises 1x5", "squats 1x5", "done", "2x10 each side", "clamshells 3x20, side raises 2x20, squats done", "3x20 done", "only clams"];

    public static async Task<int> RunAsync(string[] args)
    {
        var pairs = Options.Int(args, "--pairs", 3);
        var users = Options.Int(args, "--users", 500);
        var perUser = Options.Int(args, "--per-user", 20);
        var historyDays = Options.Int(args, "--history-days", 0);
        var only = Options.String(args, "--only", "both");
        var warmUp = Options.Int(args, "--warm-up", 20);
        // For profiling only the measured round: the file holds the bot's process id while it runs.
        var mark = Options.String(args, "--mark", null);
        // The yardstick: the bare echo bot, or HipBot itself on the fresh workload (500 x 20, no history), so a backlog
        // or a history is judged pair by pair against the fresh case on a machine whose speed drifts.
        var fresh = Options.String(args, "--against", "echo") == "fresh";
        var (yardstick, name) = fresh ? (Bot.HipBot, "fresh") : (Bot.Echo, "echo");
        Console.WriteLine(Inv($"End to end: {users} users x {perUser} check-ins = {users * perUser:N0} updates, history {historyDays} days, {pairs} pairs, warm-up {warmUp} per user, against {name}, {Environment.ProcessorCount} cores"));

        var results = new List<(RunResult Echo, RunResult HipBot)>();
        for (var pair = 1; pair <= pairs; pair++)
        {
            var echo = only is "both" or "echo" ? await RunOnceAsync(yardstick, users, fresh ? 20 : perUser, 0, warmUp, mark) : null;
            echo?.Print(Inv($"pair {pair} {name,-6}"));
            var hip = only is "both" or "hipbot" ? await RunOnceAsync(Bot.HipBot, users, perUser, historyDays, warmUp, mark) : null;
            hip?.Print(Inv($"pair {pair} hipbot"));
            if (echo is not null && hip is not null)
            {
                results.Add((echo, hip));
                Console.WriteLine(Inv($"pair {pair} ratios: CPU/update hipbot/{name} {hip.CpuPer1000 / echo.CpuPer1000:F2}x, rate hipbot/{name} {hip.PerSecond / echo.PerSecond:F2}"));
            }
        }
        if (results.Count > 0)
        {
            double Median(IEnumerable<double> values) => values.Order().ElementAt(results.Count / 2);
            Console.WriteLine(Inv($"median {name + ":",-7} {Median(results.Select(r => r.Echo.PerSecond)):F0} updates/s, {Median(results.Select(r => r.Echo.CpuPer1000)):F3} CPU s/1,000, peak RSS {Median(results.Select(r => r.Echo.PeakRssMb)):F0} MB"));
            Console.WriteLine(Inv($"median hipbot: {Median(results.Select(r => r.HipBot.PerSecond)):F0} updates/s, {Median(results.Select(r => r.HipBot.CpuPer1000)):F3} CPU s/1,000, peak RSS {Median(results.Select(r => r.HipBot.PeakRssMb)):F0} MB"));
            Console.WriteLine(Inv($"median ratios: CPU/update {Median(results.Select(r => r.HipBot.CpuPer1000 / r.Echo.CpuPer1000)):F2}x {name}, rate {Median(results.Select(r => r.HipBot.PerSecond / r.Echo.PerSecond)):F2} of {name}"));
        }
        return 0;
    }

    private enum Bot
    {
        Echo,
        HipBot,
    }

    private static async Task<RunResult> RunOnceAsync(Bot bot, int userCount, int perUser, int historyDays, int warmUp, string? mark)
    {
        var folder = Path.Combine(Path.GetTempPath(), "hipbot-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var databasePath = Path.Combine(folder, "hipbot.db");
        await using var telegram = await BotApiEmulator.StartAsync(new EmulatorOptions { DefaultTimeout = TimeSpan.FromMinutes(20) });
        var users = Enumerable.Range(0, userCount).Select(i => telegram.AddUser(Inv($"U{i}"), username: Inv($"u{i}"))).ToList();
        var environment = new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = telegram.Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        };
        if (bot == Bot.HipBot)
        {
            var now = SystemClock.Instance.GetCurrentInstant();
            await Seeding.MigratedAsync(databasePath);
            await Seeding.ChatsAsync(databasePath, [.. users.Select(u => u.ChatId)], Seeding.MiddayZone(now), now, historyDays);
            environment["Database__Path"] = databasePath;
            // A local Bot API server has no limits; the echo bot keeps none either.
            environment["Sender__MessagesPerSecond"] = "100000";
            environment["Sender__PrivateChatMessagesPerSecond"] = "1000";
        }
        var process = BotProcess.Start(bot == Bot.HipBot ? "HipBot.dll" : "HipBot.EchoBot.dll", environment, Path.Combine(folder, "bot.log"));
        try
        {
            await telegram.WaitForBotPolling(TimeSpan.FromMinutes(1));
            var counter = new SendCounter(telegram);
            if (bot == Bot.HipBot)
            {
                // The morning's plans, one per user, before anything is measured.
                await counter.WaitForSendsAsync(userCount);
            }
            // Warm-up: as many messages per user as the measured round (20 unless told), answered, then a pause for the JIT's background tier-up to
            // finish, so the measured round runs warm code in both bots.
            await PostAndSettleAsync(telegram, counter, users, warmUp);
            await Task.Delay(TimeSpan.FromSeconds(3));

            if (mark is not null)
            {
                await File.WriteAllTextAsync(mark, process.Id.ToString(CultureInfo.InvariantCulture));
            }
            var cpuBefore = process.Cpu;
            var callsBefore = telegram.Calls.Count;
            var (elapsed, _) = await PostAndSettleAsync(telegram, counter, users, perUser);
            var cpu = process.Cpu - cpuBefore;
            if (mark is not null)
            {
                File.Delete(mark);
            }
            var updates = userCount * perUser;
            // What the bot asked of the Bot API per update in the measured round: the echo bot's one answer, HipBot's answer and plan edit.
            var calls = telegram.Calls.Skip(callsBefore).GroupBy(c => c.Method).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Inv($"{g.Key} {g.Count() / (double)updates:F2}"));
            return new RunResult(updates, elapsed, cpu, process.PeakRss, File.Exists(databasePath) ? new FileInfo(databasePath).Length : 0, string.Join(", ", calls));
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The {bot} run failed; its log: {process.Log}", ex);
        }
        finally
        {
            await process.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Posts <paramref name="perUser"/> messages from every user, round robin, and waits until every one is answered and the bot is quiet.</summary>
    private static async Task<(TimeSpan Elapsed, int Calls)> PostAndSettleAsync(BotApiEmulator telegram, SendCounter counter, List<ScriptedUser> users, int perUser)
    {
        var target = counter.Sends + users.Count * perUser;
        var started = counter.Elapsed;
        for (var round = 0; round < perUser; round++)
        {
            foreach (var user in users)
            {
                await user.Send(CheckIns[(round + (int)(user.ChatId % CheckIns.Length)) % CheckIns.Length]);
            }
        }
        await counter.WaitForSendsAsync(target);
        var lastAnswer = counter.LastSendAt;
        await counter.WaitForQuietAsync(TimeSpan.FromMilliseconds(500));
        return (lastAnswer - started, counter.Calls);
    }

    private sealed record RunResult(int Updates, TimeSpan Elapsed, TimeSpan Cpu, long PeakRss, long DatabaseBytes, string CallsPerUpdate)
    {
        public double PerSecond => Updates / Elapsed.TotalSeconds;

        public double CpuPer1000 => Cpu.TotalSeconds / Updates * 1000;

        public double PeakRssMb => PeakRss / 1024.0 / 1024.0;

        public void Print(string label) => Console.WriteLine(Inv(
            $"{label}: {Updates:N0} updates in {Elapsed.TotalSeconds:F2} s = {PerSecond:F0} updates/s; CPU {Cpu.TotalSeconds:F2} s = {CpuPer1000:F3} s per 1,000; peak RSS {PeakRssMb:F0} MB{(DatabaseBytes > 0 ? Inv($"; database {DatabaseBytes / 1024.0 / 1024.0:F1} MB") : "")}; calls per update: {CallsPerUpdate}"));
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Counts the bot's successful sendMessage calls as the emulator logs them, without re-reading the log.</summary>
internal sealed class SendCounter(BotApiEmulator telegram)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int seenCalls;

    public int Sends { get; private set; }

    public int Calls => seenCalls;

    /// <summary>When the latest counted send arrived, on <see cref="Elapsed"/>'s clock.</summary>
    public TimeSpan LastSendAt { get; private set; }

    public TimeSpan Elapsed => clock.Elapsed;

    public async Task WaitForSendsAsync(int total)
    {
        if (Sends >= total)
        {
            return;
        }
        // The emulator offers each logged call to the predicate from the first on: those counted before are passed over.
        var counted = seenCalls;
        var index = 0;
        await telegram.WaitForCall(c =>
        {
            if (index++ < counted)
            {
                return false;
            }
            seenCalls++;
            if (c.Method == "sendMessage" && c.Succeeded)
            {
                Sends++;
                LastSendAt = clock.Elapsed;
            }
            return Sends >= total;
        });
    }

    /// <summary>Waits until the bot has made no call for <paramref name="quiet"/>.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet)
    {
        while (true)
        {
            var before = telegram.Calls.Count;
            await Task.Delay(quiet);
            var after = telegram.Calls.Count;
            if (after == before)
            {
                seenCalls = after;
                return;
            }
        }
    }
}
