using System.Globalization;
using HipBot.Shell.Health;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Operations;

/// <summary>
/// The commands an operator runs with the same binary and the same settings as the bot, beside a running bot:
/// <c>parked</c>, <c>parked retry ID|all</c>, <c>backup PATH</c> and <c>--health</c>. They need only the database (never
/// the token), print plain lines, and exit 0, or 2 with one line saying what is wrong (<c>--health</c>: 0 ready, 1 not,
/// as a container HEALTHCHECK expects).
/// </summary>
public static class OperatorCommands
{
    public const string Usage = "usage: HipBot parked | parked retry UPDATE_ID|all | backup PATH | --health   (settings as --Section:Key=value)";

    /// <summary>Runs the command <paramref name="args"/> name; null when they name none, and the bot is to run.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider? clock = null)
    {
        // Words are the command; --Section:Key=value settings go to the configuration, as the bot's own do.
        var words = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var health = args.Any(a => string.Equals(a, "--health", StringComparison.OrdinalIgnoreCase));
        if (!health && words is not ["parked", ..] && words is not ["backup", ..])
        {
            return null;
        }
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && !string.Equals(a, "--health", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (DatabaseFrom(settings) is not { } options)
        {
            await error.WriteLineAsync("HipBot: Database__Path must be the path of the SQLite file, such as hipbot.db or /data/hipbot.db.");
            return health ? HealthExit.NotReady : 2;
        }
        if (health)
        {
            return await HealthAsync(options.Path, output, clock ?? TimeProvider.System);
        }
        if (!File.Exists(options.Path))
        {
            await error.WriteLineAsync($"HipBot: there is no database at {options.Path}; check Database__Path.");
            return 2;
        }
        try
        {
            var database = new Database(Options.Create(options));
            return words switch
            {
                ["parked"] => await ListParkedAsync(new OperationsStore(database), output),
                ["parked", "retry", var which] => await RetryAsync(new OperationsStore(database), which, output, error),
                ["backup", var path] => await DatabaseBackup.RunAsync(database, path, output, error),
                _ => await FailAsync(error, Usage),
            };
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            return await FailAsync(error, $"HipBot: the database {options.Path} failed: {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private static DatabaseOptions? DatabaseFrom(string[] settings)
    {
        // The bot's own configuration sources (appsettings.json beside the binary, the environment, the command line).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = settings, ContentRootPath = AppContext.BaseDirectory });
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return options.Problems().Any() ? null : options;
    }

    private static async Task<int> ListParkedAsync(OperationsStore store, TextWriter output)
    {
        var parked = await store.ParkedAsync(CancellationToken.None);
        if (parked.Count == 0)
        {
            await output.WriteLineAsync("No parked updates.");
            return 0;
        }
        await output.WriteLineAsync($"{parked.Count} parked update{(parked.Count == 1 ? "" : "s")} (retry one with `parked retry UPDATE_ID`, or `parked retry all`):");
        foreach (var update in parked)
        {
            var received = DateTimeOffset.FromUnixTimeMilliseconds(update.ReceivedAt).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            await output.WriteLineAsync(
                $"{update.UpdateId}  chat {update.ChatId}  received {received}  {update.Attempts} attempts  {(update.LastError ?? "").ReplaceLineEndings(" ")}");
        }
        return 0;
    }

    private static async Task<int> RetryAsync(OperationsStore store, string which, TextWriter output, TextWriter error)
    {
        long? updateId = null;
        if (!string.Equals(which, "all", StringComparison.OrdinalIgnoreCase))
        {
            if (!long.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return await FailAsync(error, $"HipBot: `parked retry` takes an update id (a number, as `parked` lists them) or `all`, not \"{which}\".");
            }
            updateId = id;
        }
        var count = await store.RetryParkedAsync(updateId, CancellationToken.None);
        if (updateId is { } single && count == 0)
        {
            return await FailAsync(error, $"HipBot: update {single} is not parked (`parked` lists those that are).");
        }
        await output.WriteLineAsync(count == 0
            ? "No parked updates."
            : $"{count} update{(count == 1 ? "" : "s")} back in the inbox with fresh attempts; the running bot handles {(count == 1 ? "it" : "them")} within seconds.");
        return 0;
    }

    private static async Task<int> HealthAsync(string databasePath, TextWriter output, TimeProvider clock)
    {
        var status = HealthFile.Beside(databasePath).Read();
        var (code, line) = HealthExit.Judge(status, clock.GetUtcNow());
        await output.WriteLineAsync(line);
        return code;
    }

    private static async Task<int> FailAsync(TextWriter error, string line)
    {
        await error.WriteLineAsync(line);
        return 2;
    }
}
