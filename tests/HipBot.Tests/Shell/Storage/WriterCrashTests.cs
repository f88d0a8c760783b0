using System.Globalization;
using Dapper;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace HipBot.Tests.Shell.Storage;

/// <summary>
/// The one writer commits the turns of several chats and the delivery records together. A process killed while those
/// batches commit (kill -9: no stop, no flush) must lose and double nothing: every update's check-in is stored exactly
/// once, whichever batch it was in and whether that batch reached the disk.
/// </summary>
public sealed class WriterCrashTests : IAsyncLifetime
{
    private const int Users = 40;
    private const int CheckInsEach = 15;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"crash-{Guid.NewGuid():N}");
    private BotApiEmulator telegram = null!;

    private string DatabasePath => Path.Combine(folder, "hipbot.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        telegram = await BotApiEmulator.StartAsync(new EmulatorOptions { DefaultTimeout = TimeSpan.FromMinutes(2) });
    }

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_bot_killed_while_its_batches_commit_stores_every_check_in_once_after_the_restart()
    {
        var users = Enumerable.Range(0, Users).Select(i => telegram.AddUser(string.Create(CultureInfo.InvariantCulture, $"U{i}"))).ToList();
        await SetUpAsync(users.Select(u => u.ChatId));
        // All at once: the inbox hands out a head per chat, and their turns share the writer's batches.
        for (var round = 0; round < CheckInsEach; round++)
        {
            foreach (var user in users)
            {
                await user.Send("clams 1x5");
            }
        }
        foreach (var user in users)
        {
            await user.Send("/help");
        }

        using (var first = HipBotProcess.Start(folder, Settings()))
        {
            // Killed in the thick of it: once answers flow, the writer is committing batch after batch.
            var answered = 0;
            await telegram.WaitForCall(c => c.Method == "sendMessage" && c.Succeeded && ++answered == Users * 3);
            first.Kill();
            await first.WaitForExitAsync();
        }
        using (var second = HipBotProcess.Start(folder, Settings()))
        {
            // A chat's updates are handled, and its messages sent, in order: its /help answer comes after all else.
            foreach (var user in users)
            {
                await user.WaitUntil(t => t.FromBot.Any(m => m.Text?.Contains("Here's what I understand", StringComparison.Ordinal) == true));
            }
            second.Kill();
            await second.WaitForExitAsync();
        }

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox WHERE status <> 'done'"));
        Assert.Equal(Users * (CheckInsEach + 1L), await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox"));
        // One row per check-in, under its update's id: none lost in a batch that died, none stored twice after the restart.
        var perUpdate = (await connection.QueryAsync<(long Batch, long Rows)>("SELECT batch, COUNT(*) FROM check_ins GROUP BY batch")).ToList();
        Assert.Equal(Users * CheckInsEach, perUpdate.Count);
        Assert.All(perUpdate, b => Assert.Equal(1, b.Rows));
        Assert.Equal(
            Enumerable.Repeat(CheckInsEach * 5L, Users),
            await connection.QueryAsync<long>("SELECT reps_clamshell FROM chats ORDER BY chat_id"));
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Telegram__BotToken"] = telegram.Token,
        ["Telegram__ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        ["Database__Path"] = DatabasePath,
        ["Sender__PrivateChatMessagesPerSecond"] = "1000",
        ["Sender__MessagesPerSecond"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Runners set up already (UTC, every day, no plan due), so every message is a check-in.</summary>
    private async Task SetUpAsync(IEnumerable<long> chatIds)
    {
        await using (var database = new Database(Options.Create(new DatabaseOptions { Path = DatabasePath })))
        {
            await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
        }
        var now = SystemClock.Instance.GetCurrentInstant();
        var yesterday = now.InUtc().Date.PlusDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.ExecuteAsync(
            """
            INSERT INTO chats (chat_id, first_name, status, time_zone, reminder_time, training_days, has_band, level, dialogue,
                               last_closed_date, created_at, updated_at)
            VALUES (@chatId, 'Runner', 'active', 'Etc/UTC', '07:00', 127, 0, 4, '{}', @yesterday, @nowMs, @nowMs)
            """,
            chatIds.Select(chatId => new { chatId, yesterday, nowMs = now.ToUnixTimeMilliseconds() }));
    }
}
