using System.Globalization;
using HipBot.Shell.Scheduling;
using HipBot.Shell.Storage;
using HipBot.TelegramEmulator;
using HipBot.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Playground;

/// <summary>
/// One Bot API emulator on 127.0.0.1, the real bot started against it by <see cref="HipBotOnEmulator"/> as production
/// would be (only the token, the API address, the database and the calendar clock differ), and one person in it.
/// </summary>
internal sealed class Playground : IAsyncDisposable
{
    public const string Commands = """
        Type anything to send it to the bot as a message (/start, /stats, "3x10 done", ...). Playground commands:
          !press LABEL          press a button of the latest bot message that has it (label, part of it, or callback data)
          !location LAT LON     share a location, e.g. !location 52.52 13.40
          !clock STEP|TIME      move the bot's calendar, then run the scheduler once:
                                +1d, +2h, +1d2h30m; 07:00 (the next 07:00 in your time zone);
                                2026-12-01T07:00 (in your time zone); 2026-12-01T06:00Z. Without argument: show it.
          !transcript           the whole chat so far
          !!TEXT                send TEXT starting with "!"
          !quit                 end (so does /quit, Ctrl+D or Ctrl+C)
        """;

    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(30);
    private static readonly ZonedDateTimePattern ShowTime = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH:mm", null);

    private readonly string databasePath;
    private readonly bool temporaryDatabase;
    private IHost? host;

    private Playground(BotApiEmulator telegram, PlaygroundClock clock, string databasePath, bool temporaryDatabase)
    {
        Telegram = telegram;
        Clock = clock;
        this.databasePath = databasePath;
        this.temporaryDatabase = temporaryDatabase;
    }

    public BotApiEmulator Telegram { get; }

    public PlaygroundClock Clock { get; }

    public ScriptedUser User { get; private set; } = null!;

    public ChatPrinter Printer { get; private set; } = null!;

    public IHost Host => host ?? throw new InvalidOperationException("The bot is not running.");

    public string DatabasePath => databasePath;

    public bool TemporaryDatabase => temporaryDatabase;

    /// <summary>Whether a line failed (a button that was not there, a bot that did not finish): scripts exit with 1 then.</summary>
    public bool HadErrors { get; private set; }

    public static async Task<Playground> StartAsync(PlaygroundOptions options, TextWriter output)
    {
        var now = options.Now ?? DateTimeOffset.UtcNow;
        var clock = new PlaygroundClock(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, now.Offset));
        var telegram = await BotApiEmulator.StartAsync(new EmulatorOptions { TimeProvider = clock });
        var temporary = options.Database is null;
        var path = Path.GetFullPath(options.Database ?? Path.Combine(Path.GetTempPath(), "hipbot-playground", $"{Guid.NewGuid():N}.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var playground = new Playground(telegram, clock, path, temporary);
        try
        {
            await playground.StartBotAsync(options, reusing: File.Exists(path));
            playground.User = telegram.AddUser(options.Name);
            playground.Printer = new ChatPrinter(playground.User, output);
            return playground;
        }
        catch
        {
            await playground.DisposeAsync();
            throw;
        }
    }

    public static string Describe(Instant at, DateTimeZone zone)
    {
        var local = ShowTime.Format(at.InZone(zone));
        return zone == DateTimeZone.Utc ? local + " UTC" : $"{local} {zone.Id} ({at.InUtc().ToString("HH:mm", CultureInfo.InvariantCulture)} UTC)";
    }

    public Instant Now => Instant.FromDateTimeOffset(Clock.GetUtcNow());

    /// <summary>Runs one line typed or read from a script; returns false when it asks to quit.</summary>
    public async Task<bool> RunLineAsync(string line, bool echo)
    {
        var text = line.Trim();
        if (text.Length == 0)
        {
            return true;
        }
        var (command, argument) = text.StartsWith('!') && !text.StartsWith("!!", StringComparison.Ordinal)
            ? SplitCommand(text)
            : (null, text.StartsWith("!!", StringComparison.Ordinal) ? text[1..] : text);
        try
        {
            switch (command)
            {
                case null when argument.Equals("/quit", StringComparison.OrdinalIgnoreCase):
                case "quit" or "exit" or "q":
                    if (echo)
                    {
                        Printer.Say($"{User.FirstName} leaves.");
                    }
                    return false;
                case null:
                    if (echo)
                    {
                        Printer.Say($"{User.FirstName}: {argument}");
                    }
                    await User.Send(argument);
                    await SettleAsync();
                    break;
                case "press":
                    await PressAsync(argument, echo);
                    break;
                case "location":
                    await ShareLocationAsync(argument, echo);
                    break;
                case "clock":
                    await MoveClockAsync(argument);
                    break;
                case "transcript":
                    foreach (var message in User.Transcript)
                    {
                        Printer.Say(ChatPrinter.Format(message.IsFromBot ? "HipBot:" : User.FirstName + ":", message));
                    }
                    break;
                case "help":
                    Printer.Say(Commands);
                    break;
                default:
                    Fail($"Unknown playground command \"!{command}\"; !help lists them (start with !! to send a \"!\").");
                    break;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Fail(error.Message);
        }
        return true;
    }

    /// <summary>
    /// Waits until the bot has taken every update and delivered every message it caused (the moment a person would look
    /// at their phone), then prints what arrived.
    /// </summary>
    /// <returns>Whether anything new was printed.</returns>
    public async Task<bool> SettleAsync()
    {
        if (!await WaitUntilIdleAsync())
        {
            Fail($"The bot was still busy after {IdleTimeout.TotalSeconds:0} s; carrying on.");
        }
        return Printer.PrintNews();
    }

    public async ValueTask DisposeAsync()
    {
        if (host is not null)
        {
            using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
            {
                await host.StopAsync(stopping.Token);
            }
            host.Dispose();
            host = null;
        }
        await Telegram.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (temporaryDatabase)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm", ".health" })
            {
                File.Delete(databasePath + suffix);
            }
        }
    }

    private async Task StartBotAsync(PlaygroundOptions options, bool reusing)
    {
        var level = options.Verbose ? "Information" : "Warning";
        host = await new HipBotOnEmulator
        {
            Telegram = Telegram,
            DatabasePath = databasePath,
            Clock = Clock,
            Args = options.BotArgs,
            Settings = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = level,
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = level,
            },
            // The chat owns stdout; logs go to stderr.
            Configure = builder => builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace),
        }.StartAsync(reusing ? ForgetHandledUpdatesAsync : null, pollingTimeout: TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// A new emulator numbers updates from the start again, and the inbox ignores an update id it has seen, so a kept
    /// database forgets the updates it already handled (on Telegram the ids would simply keep growing).
    /// </summary>
    private static async Task ForgetHandledUpdatesAsync(IHost bot)
    {
        await bot.Services.GetRequiredService<Migrator>().MigrateAsync();
        await using var connection = await bot.Services.GetRequiredService<Database>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM inbox WHERE status <> 'pending'";
        await command.ExecuteNonQueryAsync();
    }

    private async Task<bool> WaitUntilIdleAsync()
    {
        var deadline = DateTime.UtcNow + IdleTimeout;
        try
        {
            await Telegram.WaitForUpdatesConsumed(IdleTimeout);
        }
        catch (TimeoutException)
        {
            return false;
        }
        await using var connection = await Host.Services.GetRequiredService<Database>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending') + (SELECT COUNT(*) FROM outbox WHERE status = 'pending')";
        while (Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
        return true;
    }

    private async Task PressAsync(string wanted, bool echo)
    {
        if (wanted.Length == 0)
        {
            Fail("Which button? e.g. !press Berlin");
            return;
        }
        if (FindButton(wanted) is not { } found)
        {
            var latest = User.Transcript.FromBot.LastOrDefault(m => m.Buttons.Count > 0);
            Fail(latest is null
                ? $"No button \"{wanted}\": the bot has not shown any buttons."
                : $"No button \"{wanted}\"; the latest buttons are {string.Join(" ", latest.AllButtons.Select(b => $"[{b.Text}]"))}.");
            return;
        }
        var (message, button) = found;
        if (button.CallbackData is null)
        {
            Fail($"[{button.Text}] opens {button.Url}; pressing it sends the bot nothing.");
            return;
        }
        if (echo)
        {
            Printer.Say($"{User.FirstName} taps [{button.Text}]");
        }
        await AfterPressAsync(await User.Press(message, button.CallbackData));
    }

    private async Task AfterPressAsync(ButtonPress press)
    {
        await SettleAsync();
        if (press.Answer?.Text is { Length: > 0 } popup)
        {
            Printer.Say(ChatPrinter.Format("HipBot (popup):", popup));
        }
    }

    /// <summary>
    /// The newest bot message with a button whose label or callback data is <paramref name="wanted"/>; failing that,
    /// whose label matches it ignoring case, emoji and punctuation ("looks good" for "✅ Looks good").
    /// </summary>
    private (SentMessage Message, InlineButton Button)? FindButton(string wanted)
    {
        var newestFirst = User.Transcript.FromBot.Reverse().ToList();
        foreach (var message in newestFirst)
        {
            if (message.FindButton(wanted) is { } exact)
            {
                return (message, exact);
            }
        }
        var key = Simplify(wanted);
        if (key.Length == 0)
        {
            return null;
        }
        foreach (var message in newestFirst)
        {
            var same = message.AllButtons.Where(b => Simplify(b.Text) == key).ToList();
            var partial = same.Count > 0 ? same : [.. message.AllButtons.Where(b => Simplify(b.Text).Contains(key, StringComparison.Ordinal))];
            if (partial.Count == 1)
            {
                return (message, partial[0]);
            }
            if (partial.Count > 1)
            {
                throw new InvalidOperationException(
                    $"\"{wanted}\" could be any of {string.Join(", ", partial.Select(b => $"[{b.Text}]"))}; say which.");
            }
        }
        return null;
    }

    private static string Simplify(string label) =>
        string.Join(' ', new string([.. label.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) || c == ':' ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private async Task ShareLocationAsync(string argument, bool echo)
    {
        var parts = argument.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || Math.Abs(latitude) > 90 || Math.Abs(longitude) > 180)
        {
            Fail("Usage: !location LATITUDE LONGITUDE, e.g. !location 52.52 13.40");
            return;
        }
        if (echo)
        {
            Printer.Say(string.Create(CultureInfo.InvariantCulture, $"{User.FirstName} shares a location: {latitude}, {longitude}"));
        }
        await User.ShareLocation(latitude, longitude);
        await SettleAsync();
    }

    private async Task MoveClockAsync(string argument)
    {
        var zone = await RunnerZoneAsync();
        var now = Now;
        if (argument.Length == 0)
        {
            Printer.Say($"⏰ It is {Describe(now, zone)} for the bot.");
            return;
        }
        if (ClockInput.Parse(argument, now, zone, out var error) is not { } to)
        {
            Fail(error!);
            return;
        }
        Clock.Set(to.ToDateTimeOffset());
        Printer.Say($"⏰ Clock {(to < now ? "back" : "forward")} to {Describe(to, zone)}" + (to < now ? " (backwards: the bot may be confused)" : ""));
        var queued = await Host.Services.GetRequiredService<PlanScheduler>().TickAsync();
        if (!await SettleAsync() && queued == 0)
        {
            Printer.Say("   (nothing was due)");
        }
    }

    /// <summary>The runner's time zone as the bot stored it, or UTC before they chose one.</summary>
    private async Task<DateTimeZone> RunnerZoneAsync()
    {
        await using var connection = await Host.Services.GetRequiredService<Database>().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT time_zone FROM chats WHERE chat_id = $chat";
        command.Parameters.AddWithValue("$chat", User.ChatId);
        return await command.ExecuteScalarAsync() is string id && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone
            ? zone
            : DateTimeZone.Utc;
    }

    private void Fail(string message)
    {
        HadErrors = true;
        Printer.Say("! " + message);
    }

    private static (string Command, string Argument) SplitCommand(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? (text[1..].ToLowerInvariant(), "")
            : (text[1..space].ToLowerInvariant(), text[(space + 1)..].Trim());
    }
}
