using System.Reflection;
using Dapper;
using HipBot.Shell.Hosting;
using HipBot.Shell.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Storage;

/// <summary>
/// Brings the database to the schema this build knows, from numbered embedded .sql files,
/// in one transaction, before anything else touches it.
/// </summary>
public sealed partial class Migrator(Database database, ILogger<Migrator> logger)
{
    private static readonly IReadOnlyList<(int Version, string Name)> Scripts = typeof(Migrator).Assembly
        .GetManifestResourceNames()
        .Where(n => n.EndsWith(".sql", StringComparison.Ordinal) && n.Contains(".Migrations.", StringComparison.Ordinal))
        .Select(n => (Version: int.Parse(n.Split('.')[^2].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture), Name: n))
        .OrderBy(s => s.Version)
        .ToList();

    public static int LatestVersion => Scripts[^1].Version;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await MigrateOpenAsync(cancellationToken);
        }
        catch (SqliteException ex) when (SqliteFaults.IsLocked(ex))
        {
            throw new StartupException(
                $"The database {database.Path} is locked by another process (another HipBot on the same file?); HipBot waited {database.BusyTimeout.TotalSeconds:0.#} s. Stop the other process, or set Database__Path to another file.");
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteFaults.ReadOnly)
        {
            throw new StartupException(
                $"HipBot cannot write to the database {database.Path} ({OneLine(ex.Message)}). Give the user running HipBot write access to the file and its folder, or set Database__Path to a writable place.");
        }
    }

    private async Task MigrateOpenAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var integrity = await CheckIntegrityAsync(connection);
        if (integrity != "ok")
        {
            throw new StartupException($"The database {database.Path} failed its integrity check ({integrity}). Restore it from a backup or point Database__Path elsewhere.");
        }
        await CheckWritableAsync(connection, cancellationToken);
        // WAL lets the sender read while a handler writes; the setting sticks to the file.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");

        var current = await connection.ExecuteScalarAsync<int>("PRAGMA user_version;");
        if (current > LatestVersion)
        {
            throw new StartupException($"The database is at schema version {current}, newer than this HipBot knows ({LatestVersion}). Run a newer HipBot, or point Database__Path at another file.");
        }
        var pending = Scripts.Where(s => s.Version > current).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var (version, name) in pending)
        {
            await connection.ExecuteAsync(ReadScript(name), transaction: transaction);
            // PRAGMA takes no parameters; the version is an int we parsed ourselves.
            await connection.ExecuteAsync($"PRAGMA user_version = {version};", transaction: transaction);
            Migrated(logger, version);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await database.OpenAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            // A missing folder or a file we may not write: a setting to fix, not a crash to read.
            throw new StartupException($"The database {database.Path} cannot be opened ({OneLine(ex.Message)}). Check Database__Path and that HipBot may write there.");
        }
    }

    /// <summary>
    /// A file HipBot may read but not write would start, then answer nobody; one another process holds would stall the
    /// first write. Both are found here, with a write that changes nothing, before anything else runs.
    /// </summary>
    private static async Task CheckWritableAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var version = await connection.ExecuteScalarAsync<int>("PRAGMA user_version;");
        await using var transaction = connection.BeginTransaction(deferred: false);
        await connection.ExecuteAsync($"PRAGMA user_version = {version};", transaction: transaction);
        await transaction.RollbackAsync(cancellationToken);
    }

    /// <summary>"ok", or SQLite's findings on one line. A file that is no database at all fails here too, not with a stack trace.</summary>
    private static async Task<string> CheckIntegrityAsync(SqliteConnection connection)
    {
        const int SqliteCorrupt = 11, SqliteNotADatabase = 26;
        try
        {
            // quick_check lists its findings one per row, and a row may span lines.
            var findings = (await connection.QueryAsync<string>("PRAGMA quick_check(3);")).ToList();
            return findings is ["ok"] ? "ok" : OneLine(string.Join("; ", findings));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteCorrupt or SqliteNotADatabase)
        {
            return OneLine(ex.Message);
        }
    }

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private static string ReadScript(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [LoggerMessage(EventId = LogEvents.DatabaseMigrated, Level = LogLevel.Information, Message = "Database migrated to schema version {Version}")]
    private static partial void Migrated(ILogger logger, int version);
}
