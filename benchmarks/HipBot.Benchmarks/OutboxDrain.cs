using System.Diagnostics;
using System.Globalization;
using Dapper;
using HipBot.Core.Messages;
using HipBot.Shell.Hosting;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HipBot.Benchmarks;

/// <summary>
/// The outbox sender end to end: N rows for N private chats in one transaction, drained through the real
/// Telegram.Bot client to the in-process Bot API emulator over HTTP. Reports messages/s and what the process allocated.
/// </summary>
/// <remarks>
/// A plain timed run rather than a BenchmarkDotNet job: one drain takes seconds and starts a web server, a host and a
/// database, so BenchmarkDotNet's many invocations would mostly measure start-up. The bot and the emulator share the
/// process (and the cores), so the numbers are a floor for the sender alone.
/// </remarks>
internal static class OutboxDrain
{
    public static async Task<int> RunAsync(string[] args)
    {
        var messages = Option(args, "--messages", 10_000);
        var rate = Option(args, "--rate", 100_000);
        var concurrency = Option(args, "--concurrency", 8);
        var runs = Option(args, "--runs", 3);
        Console.WriteLine(Invariant($"Outbox drain: {messages} messages to {messages} private chats, Sender:MessagesPerSecond={rate}, MaxConcurrentRequests={concurrency}, {runs} runs, {Environment.ProcessorCount} cores"));

        var rates = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var result = await DrainOnceAsync(messages, rate, concurrency);
            rates.Add(result.PerSecond);
            Console.WriteLine(
                Invariant($"run {run}: enqueued in {result.Enqueue.TotalMilliseconds:F0} ms; received in {result.Received.TotalMilliseconds:F0} ms = {result.PerSecond:F0} messages/s; ")
                + Invariant($"all marked sent after {result.Settled.TotalMilliseconds:F0} ms; allocated {result.AllocatedBytes / 1024.0 / 1024.0:F1} MB ")
                + Invariant($"({result.AllocatedBytes / messages / 1024.0:F1} KB/message, bot and emulator); GCs gen0/1/2 {result.Gc0}/{result.Gc1}/{result.Gc2}; ")
                + Invariant($"max {result.MaxGlobalPerSecond}/s in any second"));
        }
        rates.Sort();
        Console.WriteLine(Invariant($"median {rates[rates.Count / 2]:F0} messages/s"));
        return 0;
    }

    private static async Task<DrainResult> DrainOnceAsync(int count, int rate, int concurrency)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), "hipbot-bench", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        await using var telegram = await BotApiEmulator.StartAsync(new EmulatorOptions { DefaultTimeout = TimeSpan.FromMinutes(10) });
        using var host = new HipBotOnEmulator
        {
            Telegram = telegram,
            DatabasePath = databasePath,
            Clock = TimeProvider.System,
            Settings = new Dictionary<string, string?>
            {
                ["Sender:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
                ["Sender:MaxConcurrentRequests"] = concurrency.ToString(CultureInfo.InvariantCulture),
            },
            Configure = builder => builder.Logging.ClearProviders(),
        }.Build();
        try
        {
            await HipBotHost.StartAsync(host);
            await telegram.WaitForBotPolling();
            var users = Enumerable.Range(0, count).Select(i => telegram.AddUser(Invariant($"U{i}"))).ToList();
            var outgoing = users.Select(u => (Outgoing)new SendMessage(u.ChatId, new Reply(Invariant($"Your plan for today, {u.FirstName}: clamshells 3x20, side raises 3x20, walking squats 2x20."),
                [[new Button("✅ Done", "done:1"), new Button("Later", "later:1")]]))).ToList();

            var database = host.Services.GetRequiredService<Database>();
            var clock = Stopwatch.StartNew();
            await database.InTransactionAsync((connection, transaction) => host.Services.GetRequiredService<OutboxStore>().AddAsync(connection, transaction, outgoing, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            var enqueue = clock.Elapsed;

            GC.Collect();
            var (gc0, gc1, gc2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            host.Services.GetRequiredService<OutboxDoorbell>().Ring();
            var received = 0;
            await telegram.WaitForCall(c => c.Method == "sendMessage" && c.Succeeded && ++received == count, TimeSpan.FromMinutes(10));
            var receivedAfter = clock.Elapsed;
            var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            var gcs = (GC.CollectionCount(0) - gc0, GC.CollectionCount(1) - gc1, GC.CollectionCount(2) - gc2);
            await using (var connection = await database.OpenAsync())
            {
                while (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE status = 'pending'") > 0)
                {
                    await Task.Delay(5);
                }
            }
            return new DrainResult(enqueue, receivedAfter, clock.Elapsed, count / receivedAfter.TotalSeconds, allocatedBytes, gcs.Item1, gcs.Item2, gcs.Item3,
                telegram.Limits.MaxGlobalPerSecond);
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".health" })
            {
                File.Delete(databasePath + suffix);
            }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed record DrainResult(
        TimeSpan Enqueue, TimeSpan Received, TimeSpan Settled, double PerSecond, long AllocatedBytes, int Gc0, int Gc1, int Gc2, int MaxGlobalPerSecond);
}
