using System.Globalization;
using Dapper;
using HipBot.Shell.Storage;
using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Operations;

/// <summary>
/// <c>backup PATH</c>: a consistent copy of the live database through SQLite's online backup API, taken while the bot
/// runs. The copy is one read snapshot (the bot's writers go on beside it, as WAL allows), written aside and moved into
/// place only once it passed <c>PRAGMA integrity_check</c>, and made a single self-contained file (no -wal beside it).
/// </summary>
internal static class DatabaseBackup
{
    public static async Task<int> RunAsync(Database database, string path, TextWriter output, TextWriter error)
    {
        var target = Path.GetFullPath(path);
        if (File.Exists(target))
        {
            // A backup never replaces a file: it may be the only good copy there is.
            await error.WriteLineAsync($"HipBot: {target} exists already; name a new file for the backup.");
            return 2;
        }
        if (Path.GetDirectoryName(target) is { } folder && !Directory.Exists(folder))
        {
            await error.WriteLineAsync($"HipBot: the folder {folder} does not exist; create it first.");
            return 2;
        }
        var partial = target + ".partial";
        try
        {
            string integrity;
            // Unpooled, so the copy's file is closed when the connection is, and can be moved.
            var copyConnection = new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ToString();
            await using (var source = await database.OpenAsync())
            await using (var copy = new SqliteConnection(copyConnection))
            {
                await copy.OpenAsync();
                source.BackupDatabase(copy);
                await copy.ExecuteAsync("PRAGMA journal_mode = DELETE;");
                integrity = string.Join("; ", await copy.QueryAsync<string>("PRAGMA integrity_check;"));
            }
            if (integrity != "ok")
            {
                await error.WriteLineAsync($"HipBot: the copy failed its integrity check ({integrity}); nothing was written to {target}.");
                return 2;
            }
            File.Move(partial, target);
            var size = new FileInfo(target).Length / 1024.0;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Backed up {database.Path} to {target} ({size:0.#} KiB, integrity ok)."));
            return 0;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
