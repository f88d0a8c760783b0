using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBot.Tests.Support;

/// <summary>A database file of its own in a folder of its own, for a storage test: gone, pools and all, when disposed.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "hipbot-tests", $"scratch-{Guid.NewGuid():N}");

    public ScratchDatabase()
    {
        Directory.CreateDirectory(folder);
        Database = new Database(Options.Create(new DatabaseOptions { Path = Path.Combine(folder, "hipbot.db") }));
    }

    public Database Database { get; }

    /// <summary>Brings the file to the schema this build knows, as start-up does.</summary>
    public Task MigrateAsync() => new Migrator(Database, NullLogger<Migrator>.Instance).MigrateAsync();

    public void Dispose()
    {
        Database.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
