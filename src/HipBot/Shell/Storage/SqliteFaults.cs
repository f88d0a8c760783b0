using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Storage;

/// <summary>SQLite's result codes that say the database, not the statement, is the problem.</summary>
public static class SqliteFaults
{
    public const int Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Full = 13;

    /// <summary>Another process holds the file (or a lock outlasted the busy timeout).</summary>
    public static bool IsLocked(SqliteException exception) => exception.SqliteErrorCode is Busy or Locked;

    /// <summary>
    /// The database cannot take writes right now, for every chat alike: locked, read-only, an I/O error or a full disk.
    /// A retry later may work; the statement itself was fine.
    /// </summary>
    public static bool IsUnavailable(SqliteException exception) =>
        IsLocked(exception) || exception.SqliteErrorCode is ReadOnly or IoError or Full;
}
