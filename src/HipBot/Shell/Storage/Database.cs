using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Storage;

/// <summary>
/// The SQLite file: every write transaction, and the hot reads, through the one writer (<see cref="DatabaseWriter"/>) on
/// its own long-lived connection; other reads on pooled connections, one per unit of work.
/// </summary>
public sealed class Database : IAsyncDisposable, IDisposable
{
    static Database()
    {
        SqliteEngine.UseMultiThreadMode();
        SqlTypes.Register();
    }

    private readonly DatabaseOptions options;
    private readonly DatabaseWriter writer;

    public Database(IOptions<DatabaseOptions> options)
    {
        this.options = options.Value;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = this.options.Path,
            ForeignKeys = true,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement for this long on top of SQLite's own busy_timeout: both are
            // the one setting, so a file another process holds fails in about BusyTimeout, never a minute in silence.
            DefaultTimeout = (int)Math.Ceiling(this.options.BusyTimeout.TotalSeconds),
        }.ToString();
        writerConnectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        Path = this.options.Path;
        BusyTimeout = this.options.BusyTimeout;
        // A savepoint's journal (every job of a shared transaction has one) lives in memory: it only ever serves a rollback within the transaction.
        // The log is copied into the file every 10,000 pages (about 40 MB) rather than SQLite's 1,000: a page written
        // again before the copy is copied once, and a chat's own pages (its check-ins, its day's sums) are written again
        // at each of its check-ins. In a database of years, where those pages are many and far apart, a check-in cost
        // about 1.26 times a new user's instead of 1.40 (benchmarks/HipBot.Benchmarks/README.md, fifth pass).
        pragmas = $"PRAGMA busy_timeout = {(long)this.options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 10000;";
        writer = new DatabaseWriter(OpenWriterAsync);
    }

    private readonly string connectionString;
    private readonly string writerConnectionString;

    /// <summary>The SQLite file, as configured (Database__Path); not a secret, so messages may name it.</summary>
    public string Path { get; }

    public TimeSpan BusyTimeout { get; }

    private readonly string pragmas;

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = [];

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default) => OpenAsync(connectionString, pragmas, cancellationToken);

    private static async Task<SqliteConnection> OpenAsync(string connectionString, string pragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // The settings stay with the native connection, which the pool hands out again and again: set them once.
            if (connection.Handle is { } handle && !Configured.TryGetValue(handle, out _))
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = pragmas;
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                Configured.TryAdd(handle, Configured);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The writer's connection is its own, outside the pool, with a larger page cache
    /// (<see cref="DatabaseOptions.CacheMegabytes"/>, against SQLite's 2 MB): it reads and writes on every turn, and as the
    /// only writer its cache is never stale, so a turn's pages stay in memory instead of being read from the file again.
    /// At 4 MB, 500 users of two years checking in by turns read 5.5 pages from the file per update, each page gone from
    /// the cache by the time its chat came round again; at 12 MB, 1.3; at 16 MB, 1.0. Pooled connections keep the
    /// default: they serve rare reads, and one dropped after a fault must not go back to the pool with a large cache.
    /// </summary>
    private Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken) =>
        OpenAsync(writerConnectionString, pragmas + $" PRAGMA cache_size = -{options.CacheMegabytes * 1024};", cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> through the one writer: atomically, in a transaction it may share with other ready
    /// work, and returns once that transaction has committed. The connection and transaction are the writer's: use them
    /// only inside <paramref name="work"/>.
    /// </summary>
    public Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        writer.RunAsync(work, cancellationToken);

    public Task InTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, cancellationToken);

    /// <summary>
    /// A hot read (what is due in the inbox, the outbox or the schedulers; a message's Telegram id) on the writer's
    /// connection: see <see cref="DatabaseWriter.ReadAsync{T}"/>. It must only read.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken = default) =>
        writer.ReadAsync(read, cancellationToken);

    /// <summary>Lets the work queued so far commit, then closes the writer's connection.</summary>
    public ValueTask DisposeAsync() => writer.DisposeAsync();

    // A host disposed without await (a test's using) disposes its singletons this way.
    public void Dispose() => writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
