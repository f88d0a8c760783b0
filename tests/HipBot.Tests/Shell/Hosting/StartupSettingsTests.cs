using Dapper;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using HipBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Shell.Hosting;

/// <summary>Runs the real program, as an operator would, and reads what it prints when a setting is wrong.</summary>
public sealed class StartupSettingsTests : IDisposable
{
    // Shaped like a real token, so only the setting under test is wrong.
    private const string WellFormedToken = "123456789:AAWellFormedTokenForStartupTests_01234";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"foundation-{Guid.NewGuid():N}");

    public StartupSettingsTests() => Directory.CreateDirectory(folder);

    private string DatabasePath => Path.Combine(folder, "hipbot.db");

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("123456789:AAtooShortToBeReal")]
    public async Task A_missing_or_malformed_token_stops_the_program_with_one_line_naming_the_setting(string token)
    {
        var run = await RunHipBotAsync(token, DatabasePath);

        var line = AssertOneLineRefusal(run);
        Assert.Contains("Telegram__BotToken", line, StringComparison.Ordinal);
        if (token.Length > 0)
        {
            Assert.DoesNotContain(token, run.StdErr + run.StdOut, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split(':')[^1], run.StdErr + run.StdOut, StringComparison.Ordinal);
        }
        Assert.False(File.Exists(DatabasePath), "The program touched the database before checking its settings.");
    }

    [Theory]
    [InlineData("Sender__MessagesPerSecond", "0")]
    [InlineData("Sender__MessagesPerSecond", "abc")]
    [InlineData("Sender__PrivateChatMessagesPerSecond", "-1")]
    [InlineData("Sender__GroupMessagesPerMinute", "NaN")]
    [InlineData("Sender__GroupMessagesPerMinute", "Infinity")]
    [InlineData("Sender__MaxConcurrentRequests", "0")]
    [InlineData("Sender__MaxConcurrentRequests", "many")]
    [InlineData("Inbox__MaxAttempts", "0")]
    [InlineData("Inbox__MaxAttempts", "1.5")]
    [InlineData("Inbox__RetryDelay", "00:00:00")]
    [InlineData("Inbox__RetryDelay", "-00:00:01")]
    [InlineData("Inbox__RetryDelay", "soon")]
    [InlineData("Telegram__ApiBaseUrl", "not a url")]
    [InlineData("Database__Path", " ")]
    [InlineData("Database__CacheMegabytes", "0")]
    [InlineData("Database__CacheMegabytes", "4096")]
    [InlineData("Database__CacheMegabytes", "1.5")]
    [InlineData("Http__ListenUrl", "https://0.0.0.0:8443")]
    [InlineData("Health__OutboxStuckAfter", "00:00:00")]
    [InlineData("Logging__Console__FormatterName", "xml")]
    public async Task A_setting_that_cannot_work_stops_the_program_with_one_line_naming_it_before_the_database_is_touched(string variable, string value)
    {
        var run = await RunHipBotAsync(WellFormedToken, DatabasePath, new Dictionary<string, string> { [variable] = value });

        var line = AssertOneLineRefusal(run);
        Assert.StartsWith($"HipBot cannot start: {variable} must be", line, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Theory]
    [InlineData("http://bot.example.org/telegram/webhook", "Good_Secret-123", "http://0.0.0.0:8080", "Telegram__WebhookUrl must be an https URL")]
    [InlineData("https://bot.example.org/telegram/webhook", "not a secret!", "http://0.0.0.0:8080", "Telegram__WebhookSecret must be 1 to 256 characters")]
    [InlineData("https://bot.example.org/telegram/webhook", "", "http://0.0.0.0:8080", "Telegram__WebhookSecret must be set")]
    [InlineData("https://bot.example.org/telegram/webhook", "Good_Secret-123", "", "Telegram__WebhookUrl needs Http__ListenUrl")]
    public async Task Webhook_settings_that_cannot_work_stop_the_program_with_one_line_that_never_echoes_the_secret(
        string url, string secret, string listen, string expected)
    {
        var run = await RunHipBotAsync(WellFormedToken, DatabasePath, new Dictionary<string, string>
        {
            ["Telegram__WebhookUrl"] = url,
            ["Telegram__WebhookSecret"] = secret,
            ["Http__ListenUrl"] = listen,
        });

        var line = AssertOneLineRefusal(run);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        if (secret.Length > 0)
        {
            Assert.DoesNotContain(secret, run.StdErr + run.StdOut, StringComparison.Ordinal);
        }
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public async Task Several_bad_settings_are_named_together_on_one_line()
    {
        var run = await RunHipBotAsync(WellFormedToken, DatabasePath, new Dictionary<string, string>
        {
            ["Sender__MessagesPerSecond"] = "0",
            ["Inbox__MaxAttempts"] = "0",
        });

        var line = AssertOneLineRefusal(run);
        Assert.Contains("Sender__MessagesPerSecond must be", line, StringComparison.Ordinal);
        Assert.Contains("Inbox__MaxAttempts must be", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_newer_than_the_program_stops_it_with_one_line()
    {
        var database = new Database(Options.Create(new DatabaseOptions { Path = DatabasePath }));
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
        await using (var connection = await database.OpenAsync())
        {
            await connection.ExecuteAsync($"PRAGMA user_version = {Migrator.LatestVersion + 1}");
        }
        SqliteConnection.ClearAllPools();

        var line = AssertOneLineRefusal(await RunHipBotAsync(WellFormedToken, DatabasePath));

        Assert.Contains("newer than this HipBot knows", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_stops_the_program_with_one_line()
    {
        await File.WriteAllTextAsync(DatabasePath, string.Concat(Enumerable.Repeat("Not a database at all. ", 100)));

        var line = AssertOneLineRefusal(await RunHipBotAsync(WellFormedToken, DatabasePath));

        Assert.Contains("integrity check", line, StringComparison.Ordinal);
        Assert.Contains("Database__Path", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_path_in_a_missing_folder_stops_the_program_with_one_line_naming_the_setting()
    {
        var line = AssertOneLineRefusal(await RunHipBotAsync(WellFormedToken, Path.Combine(folder, "no-such-folder", "hipbot.db")));

        Assert.Contains("Database__Path", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_HipBot_may_read_but_not_write_stops_the_program_with_one_line_naming_the_file()
    {
        await MigratedDatabaseAsync();
        // Byte 18 is the file format's write version: above 2, SQLite opens the file read-only. Unlike a file mode, this
        // holds for root too, which these tests may run as.
        await using (var file = File.Open(DatabasePath, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = 18;
            file.WriteByte(3);
        }

        var line = AssertOneLineRefusal(await RunHipBotAsync(WellFormedToken, DatabasePath));

        Assert.Contains($"cannot write to the database {DatabasePath}", line, StringComparison.Ordinal);
        Assert.Contains("Database__Path", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_another_process_holds_stops_the_program_with_one_line_after_the_busy_timeout()
    {
        await MigratedDatabaseAsync();
        await using var other = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await other.OpenAsync();
        await other.ExecuteAsync("BEGIN EXCLUSIVE");

        var line = AssertOneLineRefusal(await RunHipBotAsync(WellFormedToken, DatabasePath, new Dictionary<string, string>
        {
            ["Database__BusyTimeout"] = "00:00:01",
        }));

        Assert.Contains($"The database {DatabasePath} is locked by another process", line, StringComparison.Ordinal);
        await other.ExecuteAsync("ROLLBACK");
    }

    private async Task MigratedDatabaseAsync()
    {
        var database = new Database(Options.Create(new DatabaseOptions { Path = DatabasePath }));
        await new Migrator(database, NullLogger<Migrator>.Instance).MigrateAsync();
        SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static string AssertOneLineRefusal(ProgramRun run)
    {
        var report = $"exit code {run.ExitCode}{Environment.NewLine}stderr:{Environment.NewLine}{run.StdErr}{Environment.NewLine}stdout:{Environment.NewLine}{run.StdOut}";
        Assert.True(run.ExitCode == 2, report);
        var lines = run.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("HipBot cannot start: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StdErr + run.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.StdErr + run.StdOut, StringComparison.Ordinal);
        return line;
    }

    /// <summary>Runs the HipBot.dll the tests were built against, with only these settings from the environment.</summary>
    private Task<ProgramRun> RunHipBotAsync(string token, string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        var environment = new Dictionary<string, string> { ["Telegram__BotToken"] = token, ["Database__Path"] = databasePath };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }
        return HipBotProcess.RunAsync(folder, [], environment);
    }
}
