using System.Diagnostics;
using Dapper;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
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
    public async Task A_setting_that_cannot_work_stops_the_program_with_one_line_naming_it_before_the_database_is_touched(string variable, string value)
    {
        var run = await RunHipBotAsync(WellFormedToken, DatabasePath, new Dictionary<string, string> { [variable] = value });

        var line = AssertOneLineRefusal(run);
        Assert.StartsWith($"HipBot cannot start: {variable} must be", line, StringComparison.Ordinal);
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

    private sealed record ProgramRun(int ExitCode, string StdOut, string StdErr);

    /// <summary>Runs the HipBot.dll the tests were built against, with only these settings from the environment.</summary>
    private async Task<ProgramRun> RunHipBotAsync(string token, string databasePath, IReadOnlyDictionary<string, string>? settings = null)
    {
        // HipBot.dll sits beside the tests, but its packages there are the tests' closure: Microsoft.Extensions.Hosting comes
        // from the ASP.NET Core shared framework the emulator needs. So run it with the tests' runtimeconfig and deps files.
        var program = typeof(StartupException).Assembly.Location;
        var tests = typeof(StartupSettingsTests).Assembly.Location;
        var runtimeConfig = Path.ChangeExtension(tests, ".runtimeconfig.json");
        var deps = Path.ChangeExtension(tests, ".deps.json");
        Assert.True(File.Exists(runtimeConfig) && File.Exists(deps), $"{runtimeConfig} or {deps} is missing: the program cannot be run from the test output.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            ArgumentList = { "exec", "--runtimeconfig", runtimeConfig, "--depsfile", deps, program },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in start.Environment.Keys.Where(k => new[] { "Telegram__", "Database__", "Sender__", "Inbox__" }
            .Any(section => k.StartsWith(section, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }
        start.Environment["Telegram__BotToken"] = token;
        start.Environment["Database__Path"] = databasePath;
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"HipBot did not stop within 30 s. stdout: {await stdout} stderr: {await stderr}");
        }
        return new ProgramRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The dotnet host running these tests, so the program runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }
        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
    }
}
