using SQLitePCL;

namespace HipBot.Shell.Storage;

/// <summary>How this process runs the SQLite library, set once before the first connection opens.</summary>
internal static class SqliteEngine
{
    /// <summary>
    /// Multi-thread mode: SQLite takes no mutex of its own around every call on a connection. Safe here because no
    /// connection is ever used by two threads at once (a pooled connection serves one unit of work, the writer's runs one
    /// job at a time), which ADO.NET asks anyway; the serialized default paid for two lock round trips on every step,
    /// column read and bind. No memory statistics either: they take a global mutex on every allocation.
    /// </summary>
    /// <remarks>
    /// SQLite accepts this only before it is initialized. Should a connection have opened first (nothing in HipBot opens
    /// one outside <see cref="Database"/>), SQLite answers "misuse" and stays serialized: slower, never wrong.
    /// </remarks>
    public static void UseMultiThreadMode()
    {
        Batteries_V2.Init();
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        _ = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
