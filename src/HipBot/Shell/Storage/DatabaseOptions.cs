namespace HipBot.Shell.Storage;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The SQLite file; a relative path is taken from the working directory.</summary>
    public string Path { get; set; } = "hipbot.db";
}
