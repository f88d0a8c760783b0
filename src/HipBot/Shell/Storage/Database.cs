using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Storage;

/// <summary>Opens one connection per unit of work; pooling makes that cheap.</summary>
public sealed class Database(IOptions<DatabaseOptions> options)
{
    static Database() => SqlTypes.Register();

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = options.Value.Path,
        ForeignKeys = true,
        Pooling = true,
        // Writers from the receiver, the handler, the sender and the scheduler take turns. Microsoft.Data.Sqlite retries a
        // busy statement for this long on top of SQLite's own busy_timeout: both are the one setting, so a file another
        // process holds fails in about BusyTimeout, never a minute in silence.
        DefaultTimeout = (int)Math.Ceiling(options.Value.BusyTimeout.TotalSeconds),
    }.ToString();

    /// <summary>The SQLite file, as configured (Database__Path); not a secret, so messages may name it.</summary>
    public string Path { get; } = options.Value.Path;

    public TimeSpan BusyTimeout { get; } = options.Value.BusyTimeout;

    private readonly string pragmas =
        $"PRAGMA busy_timeout = {(long)options.Value.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL;";

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = pragmas;
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one immediate transaction and commits it.</summary>
    public async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // Immediate: take the write lock up front so two writers never deadlock on an upgrade.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public Task InTransactionAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken cancellationToken = default) =>
        InTransactionAsync<bool>(async (c, t) => { await work(c, t); return true; }, cancellationToken);
}
