using HipBot.Shell.Hosting;

namespace HipBot.Shell.Storage;

public sealed class DatabaseOptions : IOptionsSection
{
    public const string Section = "Database";

    static string IOptionsSection.Section => Section;

    /// <summary>The SQLite file; a relative path is taken from the working directory.</summary>
    public string Path { get; set; } = "hipbot.db";

    /// <summary>
    /// How long a write waits for another writer (a backup, an operator's command, a long transaction) before it fails
    /// and is retried; at start-up, how long HipBot waits for a file another process holds before it gives up.
    /// </summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The page cache of the connection every write goes through, in MB. A check-in touches a few pages of its own chat
    /// (its day's sums, its check-ins' index, its plans), and in a database of years those are pages no other chat
    /// shares: while the chats of the last minutes keep theirs here, a turn reads nothing from the file. 16 MB holds
    /// those of 500 users of two years who check in by turns (benchmarks/HipBot.Benchmarks/README.md, sixth pass);
    /// the process's memory grows by about as much once the cache is full.
    /// </summary>
    public int CacheMegabytes { get; set; } = 16;

    public IEnumerable<string> Problems()
    {
        if (CacheMegabytes is < 1 or > 1024)
        {
            yield return $"{Section}__{nameof(CacheMegabytes)} must be a whole number of MB from 1 to 1024, such as 16 (it is {CacheMegabytes}).";
        }
        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > TimeSpan.FromMinutes(5))
        {
            yield return $"{Section}__{nameof(BusyTimeout)} must be longer than zero and at most 00:05:00, such as 00:00:10 (it is {BusyTimeout:c}).";
        }
        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{Section}__{nameof(Path)} must be the path of the SQLite file, such as hipbot.db or /data/hipbot.db.";
        }
    }
}
