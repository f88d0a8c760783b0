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

    public IEnumerable<string> Problems()
    {
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
