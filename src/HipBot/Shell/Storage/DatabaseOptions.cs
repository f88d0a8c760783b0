using HipBot.Shell.Hosting;

namespace HipBot.Shell.Storage;

public sealed class DatabaseOptions : IOptionsSection
{
    public const string Section = "Database";

    static string IOptionsSection.Section => Section;

    /// <summary>The SQLite file; a relative path is taken from the working directory.</summary>
    public string Path { get; set; } = "hipbot.db";

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            yield return $"{Section}__{nameof(Path)} must be the path of the SQLite file, such as hipbot.db or /data/hipbot.db.";
        }
    }
}
