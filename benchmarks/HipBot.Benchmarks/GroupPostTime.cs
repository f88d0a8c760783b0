using System.Diagnostics;
using System.Globalization;
using Dapper;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Groups;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using HipBot.Shell.Groups;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HipBot.Benchmarks;

/// <summary>
/// 1,000 groups of 50 members at the same post time: how long the group scheduler takes to plan every daily post (each
/// a board over its members' week), what that allocates, and whether delivering the posts stays within Telegram's
/// limits (30 messages a second overall, about 20 a minute per group) as the emulator counts them.
/// </summary>
/// <remarks>
/// A plain timed run, like the drain: seeding 50,000 members takes seconds, and BenchmarkDotNet's many invocations would
/// mostly measure that. The bot is built and migrated but not started while the tick is timed, so no background
/// service runs beside it; then it starts and the sender delivers what the tick queued.
/// </remarks>
internal static class GroupPostTime
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public static async Task<int> RunAsync(string[] args)
    {
        var groupCount = Option(args, "--groups", 1_000);
        var members = Option(args, "--members", 50);
        var deliver = Option(args, "--deliver", 1) == 1;
        var now = SystemClock.Instance.GetCurrentInstant();
        var today = now.InZone(Berlin).Date;
        Console.WriteLine(Invariant($"Group post time: {groupCount} groups of {members} members, all due now, {Environment.ProcessorCount} cores"));

        var databasePath = Path.Combine(Path.GetTempPath(), "hipbot-bench", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
        await using var telegram = await BotApiEmulator.StartAsync(new EmulatorOptions { DefaultTimeout = TimeSpan.FromMinutes(10) });
        using var host = new HipBotOnEmulator
        {
            Telegram = telegram,
            DatabasePath = databasePath,
            Clock = TimeProvider.System,
            Configure = builder => builder.Logging.ClearProviders(),
        }.Build();
        try
        {
            await host.Services.GetRequiredService<Migrator>().MigrateAsync();
            var groups = Enumerable.Range(0, groupCount).Select(i => telegram.AddGroup(Invariant($"Club {i}"))).Select(g => g.Id).ToList();
            var seeding = Stopwatch.StartNew();
            await SeedAsync(host.Services, groups, members, now, today);
            Console.WriteLine(Invariant($"seeded {groupCount} groups, {groupCount * members} members and their week in {seeding.Elapsed.TotalSeconds:F1} s"));

            GC.Collect();
            var (gc0, gc1, gc2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var planning = Stopwatch.StartNew();
            var queued = await host.Services.GetRequiredService<GroupScheduler>().TickAsync();
            var planned = planning.Elapsed;
            var allocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine(
                Invariant($"planned {groupCount} posts ({queued} messages queued) in {planned.TotalSeconds:F2} s = {planned.TotalMilliseconds / groupCount:F2} ms per group; ")
                + Invariant($"allocated {allocatedBytes / 1024.0 / 1024.0:F1} MB ({allocatedBytes / groupCount / 1024.0:F0} KB per group); ")
                + Invariant($"GCs gen0/1/2 {GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));

            if (deliver)
            {
                var delivery = Stopwatch.StartNew();
                await HipBotHost.StartAsync(host);
                var received = 0;
                await telegram.WaitForCall(c => c.Method == "sendMessage" && c.ChatId < 0 && c.Succeeded && ++received == queued, TimeSpan.FromMinutes(10));
                Console.WriteLine(
                    Invariant($"delivered {queued} posts in {delivery.Elapsed.TotalSeconds:F1} s; at most {telegram.Limits.MaxGlobalPerSecond} messages in any second, ")
                    + Invariant($"{telegram.Limits.MaxPerGroupPerMinute} in any group's minute; {telegram.Limits.Violations} over Telegram's limits; ")
                    + Invariant($"{telegram.Calls.Count(c => c.StatusCode == 429)} answered 429"));
                await host.StopAsync();
            }
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".health" })
            {
                File.Delete(databasePath + suffix);
            }
        }
    }

    /// <summary>Running challenges due now, each member set up privately on every day, with this week's days so far logged in full.</summary>
    private static Task SeedAsync(IServiceProvider services, IReadOnlyList<long> groups, int members, Instant now, LocalDate today)
    {
        var database = services.GetRequiredService<Database>();
        var store = services.GetRequiredService<GroupStore>();
        var chats = services.GetRequiredService<ChatStore>();
        var checkIns = services.GetRequiredService<CheckInStore>();
        var monday = today.DayOfWeek == IsoDayOfWeek.Monday ? today : today.Previous(IsoDayOfWeek.Monday);
        var challenge = new Challenge("Club", monday, 4, "Europe/Berlin", new LocalTime(7, 0), null, BoardVisibility.Names);
        var full = CheckInRecorder.Record(new ParsedCheckIn.AllDone(), ProgramLadder.Prescribe(1), DayLog.Empty(today)).Added;
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var userId = 10_000_000L;
            var batch = 1L;
            foreach (var groupId in groups)
            {
                await store.SaveAsync(connection, transaction, GroupState.New(groupId, "Club") with
                {
                    Status = GroupStatus.Active,
                    Challenge = challenge,
                    NextPostAt = now - Duration.FromSeconds(1),
                }, now);
                var joins = new List<GroupEffect>();
                for (var m = 0; m < members; m++, userId++)
                {
                    await chats.SaveAsync(connection, transaction, ChatState.New(userId, "Member") with
                    {
                        Status = ChatStatus.Active,
                        Settings = new Settings("Europe/Berlin", new LocalTime(7, 0), TrainingDays.EveryDay, false),
                        Habit = HabitRecord.New with { LastClosedDate = today.PlusDays(-1) },
                    }, now);
                    joins.Add(new JoinBoard(userId, "M" + userId.ToString(CultureInfo.InvariantCulture), now - Duration.FromDays(7)));
                    // Every other member has done every day so far this week: the boards have tiers and names to draw.
                    for (var day = monday; day < today && m % 2 == 0; day = day.PlusDays(1))
                    {
                        await checkIns.AddAsync(connection, transaction, userId, batch++, new SaveCheckIn(day, full, false, CheckInSource.Button), now);
                    }
                }
                await store.ApplyAsync(connection, transaction, groupId, joins);
            }
        });
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
