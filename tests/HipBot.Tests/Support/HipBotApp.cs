using Dapper;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HipBot.Tests.Support;

/// <summary>
/// One HipBot, as Program runs it, talking to a Bot API emulator through the real Telegram.Bot client,
/// on its own SQLite file and a calendar clock the test moves. Restart it to prove what survives.
/// </summary>
public sealed class HipBotApp : IAsyncDisposable
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> settings = [];
    private readonly Action<IServiceCollection>? services;
    private ReceiveMode mode;
    private readonly bool listensOnHttp;
    private IHost? host;
    private HipBotOnEmulator? bot;

    private HipBotApp(BotApiEmulator telegram, FakeTimeProvider clock, Action<IServiceCollection>? services, ReceiveMode mode, bool listensOnHttp)
    {
        Telegram = telegram;
        Clock = clock;
        this.services = services;
        this.mode = mode;
        this.listensOnHttp = listensOnHttp;
        Directory.CreateDirectory(Path.GetDirectoryName(databasePath)!);
    }

    public BotApiEmulator Telegram { get; }

    /// <summary>The business clock: users' days and reminders. Delivery runs on real time.</summary>
    public FakeTimeProvider Clock { get; }

    public CapturedLogs Logs { get; private set; } = new();

    public IServiceProvider Services => host?.Services ?? throw new InvalidOperationException("The bot is not running.");

    /// <summary>The running bot as started: its HTTP address, webhook URL and secret.</summary>
    public HipBotOnEmulator Bot => bot ?? throw new InvalidOperationException("The bot is not running.");

    public string DatabasePath => databasePath;

    /// <summary>Starts an emulator and the bot; the calendar starts at <paramref name="now"/> (default: a Wednesday morning, UTC).</summary>
    public static async Task<HipBotApp> StartAsync(
        DateTimeOffset? now = null,
        EmulatorOptions? emulator = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        ReceiveMode mode = ReceiveMode.Polling,
        bool listensOnHttp = false)
    {
        // Telegram retries a failed webhook post after a while; here a moment is enough.
        var telegram = await BotApiEmulator.StartAsync(emulator ?? new EmulatorOptions { WebhookRetryDelay = TimeSpan.FromMilliseconds(50) });
        var app = new HipBotApp(telegram, new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero)), services, mode, listensOnHttp);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            app.settings[key] = value;
        }
        await app.StartBotAsync();
        return app;
    }

    public ScriptedUser AddUser(string firstName = "Ana") => Telegram.AddUser(firstName);

    /// <summary>Stops the bot as a deploy or crash would, and starts a new one on the same database (in another receive mode, when given).</summary>
    public async Task RestartAsync(ReceiveMode? inMode = null)
    {
        await StopBotAsync();
        mode = inMode ?? mode;
        await StartBotAsync();
    }

    /// <summary>Runs the scheduler once, as its timer would at the clock's current time.</summary>
    public Task<int> TickAsync() => Services.GetRequiredService<PlanScheduler>().TickAsync();

    /// <summary>Runs the group scheduler once: the daily posts that are due, and the edits check-ins asked for.</summary>
    public Task<int> TickGroupsAsync() => Services.GetRequiredService<HipBot.Shell.Groups.GroupScheduler>().TickAsync();

    /// <summary>Moves the calendar and lets the scheduler see it.</summary>
    public Task<int> AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        return TickAsync();
    }

    public Task<int> SetTimeAsync(DateTimeOffset to)
    {
        Clock.SetUtcNow(to);
        return TickAsync();
    }

    /// <summary>
    /// Waits until every update the users sent has been handled and every message it caused delivered:
    /// the moment a person would look at their phone.
    /// </summary>
    public async Task WaitUntilIdleAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        await Telegram.WaitForUpdatesConsumed(timeout);
        await using var connection = await OpenDatabaseAsync();
        while (await connection.ExecuteScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending') + (SELECT COUNT(*) FROM outbox WHERE status = 'pending')") > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
        }
    }

    public Task<SqliteConnection> OpenDatabaseAsync() => Services.GetRequiredService<Database>().OpenAsync();

    /// <summary>Answers every onboarding question with buttons: Berlin, 07:00, Mon/Wed/Fri, no band.</summary>
    public static async Task OnboardAsync(ScriptedUser user, string zone = "tz:Europe/Berlin", string time = "time:07:00", string days = "days:21")
    {
        await user.Send("/start");
        await user.NextMessage();
        foreach (var data in new[] { zone, time, days, "band:no", "confirm:yes" })
        {
            await user.Press(data);
            await user.NextMessage();
            // Each answered question loses its buttons.
            await user.NextEdit();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", ".health" })
        {
            File.Delete(databasePath + suffix);
        }
    }

    /// <summary>Starts the bot again after <see cref="StopBotAsync"/>, on the same database.</summary>
    public async Task StartBotAsync()
    {
        Logs = new CapturedLogs();
        var configuration = new Dictionary<string, string?>
        {
            // Scripted users answer instantly; Telegram's one-per-second pacing would only slow the tests down.
            ["Sender:PrivateChatMessagesPerSecond"] = "50",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }
        bot = new HipBotOnEmulator
        {
            Telegram = Telegram,
            DatabasePath = databasePath,
            Clock = Clock,
            Settings = configuration,
            Mode = mode,
            ListensOnHttp = listensOnHttp,
            Configure = builder =>
            {
                // The filter beats appsettings.json's Information default, so every level reaches the capture.
                builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(Logs).AddFilter<CapturedLogs>(null, LogLevel.Trace);
                services?.Invoke(builder.Services);
            },
        };
        host = await bot.StartAsync();
    }

    /// <summary>Stops the bot as a crash or deploy would; the emulator goes on, so users can write to a bot that is down.</summary>
    public async Task StopBotAsync()
    {
        if (host is null)
        {
            return;
        }
        await host.StopAsync();
        host.Dispose();
        host = null;
        bot = null;
        // The emulator notices the aborted long poll a moment later; a restart must not mistake it for the new bot's.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Telegram.BotIsPolling)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), deadline.Token);
        }
    }
}
