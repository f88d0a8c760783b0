using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace HipBot.Shell.Storage;

/// <summary>
/// The one writer: every write transaction of this process is a job in one queue, and one loop runs them on one
/// long-lived connection. The jobs that are ready together share a transaction, each inside its own savepoint, and each
/// caller hears of its job only once that transaction has committed. The hot reads are jobs too (<see cref="ReadAsync{T}"/>),
/// run before each batch outside its transaction.
/// </summary>
/// <remarks>
/// What stays true (docs/architecture.md, "One writer"): a job's writes commit whole or not at all (its savepoint), and
/// a caller is told "done" only after the commit, so nothing is acknowledged (an update to Telegram, a message marked
/// sent) before it is on disk; a kill during the commit loses the whole batch and tells no one, exactly as a kill before
/// it. A job that fails rolls back to its savepoint and fails alone; a fault of the database itself (busy, full, I/O,
/// read-only), or a commit that fails, fails every job of the batch, since none of them is stored. Writers never meet on
/// SQLite's lock any more (only another process, a backup or an operator's command, makes the batch wait busy_timeout).
/// </remarks>
internal sealed class DatabaseWriter(Func<CancellationToken, Task<SqliteConnection>> open) : IAsyncDisposable
{
    // Enough to share one commit among every chat a read of the inbox or the outbox hands out, few enough that a
    // batch's transaction stays short.
    private const int MaxBatch = 256;

    private readonly Channel<Job> jobs = Channel.CreateUnbounded<Job>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock gate = new();
    private Task? loop;
    private SqliteConnection? connection;

    /// <summary>Set while the loop runs a job, on the job's own flow.</summary>
    private static readonly AsyncLocal<bool> InJob = new();

    public Task<T> RunAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        Enqueue(new Job<T>((connection, transaction) => work(connection, transaction!)), cancellationToken);

    /// <summary>
    /// Runs a read on the writer's connection, outside any transaction (SQLite's own snapshot for each statement), before
    /// the next batch of writes. The writer is the only one that changes the file, so its page cache is never stale: the
    /// hot reads (what is due in the inbox, the outbox and the schedulers) find their pages in memory and their statements
    /// compiled, where a pooled connection re-read every page a commit had touched since it last looked. A read waits for
    /// the batch running before it, never for the write lock itself, so it works on a file that cannot be written to (a
    /// full disk, a read-only mount). It must only read: a write here would commit on its own, outside any batch.
    /// </summary>
    public Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken) =>
        Enqueue(new Job<T>((connection, _) => read(connection)) { ReadOnly = true }, cancellationToken);

    private Task<T> Enqueue<T>(Job<T> job, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (InJob.Value)
        {
            // The loop runs one job at a time: a job that waited for another would wait for ever.
            throw new InvalidOperationException("A database job cannot wait for another one: use the connection it was given.");
        }
        if (!jobs.Writer.TryWrite(job))
        {
            throw new ObjectDisposedException(nameof(DatabaseWriter), "The database is closed: the host is stopping.");
        }
        EnsureRunning();
        return job.Result;
    }

    private void EnsureRunning()
    {
        if (loop is not null)
        {
            return;
        }
        lock (gate)
        {
            loop ??= Task.Run(LoopAsync);
        }
    }

    private async Task LoopAsync()
    {
        var batch = new List<Job>(MaxBatch);
        var reads = new List<Job>();
        while (await jobs.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && jobs.Reader.TryRead(out var job))
            {
                (job.ReadOnly ? reads : batch).Add(job);
            }
            if (reads.Count > 0)
            {
                await RunReadsAsync(reads);
                reads.Clear();
            }
            if (batch.Count > 0)
            {
                await RunBatchAsync(batch);
                batch.Clear();
            }
        }
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task RunReadsAsync(List<Job> reads)
    {
        foreach (var read in reads)
        {
            try
            {
                connection ??= await open(CancellationToken.None);
                await read.RunAsync(connection, null);
                read.Complete();
            }
            catch (Exception ex)
            {
                read.Fail(ex);
                if (connection is null || IsDatabaseFault(ex))
                {
                    // As after a failed batch: the next job opens the connection afresh.
                    await DropConnectionAsync(null);
                }
            }
        }
    }

    private async Task RunBatchAsync(List<Job> batch)
    {
        SqliteTransaction? transaction = null;
        var done = new List<Job>(batch.Count);
        try
        {
            connection ??= await open(CancellationToken.None);
            // Immediate: the write lock up front, so a backup or an operator's command in another process makes the
            // batch wait (busy_timeout) rather than fail half way.
            transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                var job = batch[i];
                const string Savepoint = "job";
                transaction.Save(Savepoint);
                try
                {
                    await job.RunAsync(connection, transaction);
                    transaction.Release(Savepoint);
                    done.Add(job);
                }
                catch (Exception ex) when (!IsDatabaseFault(ex))
                {
                    // This job's writes go; the batch's other jobs stand.
                    transaction.Rollback(Savepoint);
                    transaction.Release(Savepoint);
                    job.Fail(ex);
                }
            }
            transaction.Commit();
        }
        catch (Exception ex)
        {
            // Nothing of the batch is stored: every job not failed already fails with the database's own error, and
            // the connection is opened afresh for the next batch.
            foreach (var job in batch)
            {
                job.Fail(ex);
            }
            await DropConnectionAsync(transaction);
            return;
        }
        finally
        {
            transaction?.Dispose();
        }
        foreach (var job in done)
        {
            job.Complete();
        }
    }

    private async Task DropConnectionAsync(SqliteTransaction? transaction)
    {
        try
        {
            transaction?.Rollback();
        }
        catch (Exception)
        {
            // SQLite may have rolled it back itself (a full disk, an I/O error); the connection goes either way.
        }
        if (connection is not null)
        {
            await connection.DisposeAsync();
            connection = null;
        }
    }

    /// <summary>The database, not the job, failed: SQLite may have rolled the whole transaction back.</summary>
    private static bool IsDatabaseFault(Exception ex) => ex is SqliteException sqlite && SqliteFaults.IsUnavailable(sqlite);

    public async ValueTask DisposeAsync()
    {
        jobs.Writer.TryComplete();
        if (loop is { } running)
        {
            await running;
        }
        else if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }

    private abstract class Job
    {
        /// <summary>A read, run outside the write transaction.</summary>
        public bool ReadOnly { get; init; }

        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction? transaction);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Job<T>(Func<SqliteConnection, SqliteTransaction?, Task<T>> work) : Job
    {
        // Callers continue on the thread pool, never on the writer's loop.
        private readonly TaskCompletionSource<T> result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T value = default!;

        public Task<T> Result => result.Task;

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction? transaction)
        {
            InJob.Value = true;
            value = await work(connection, transaction);
        }

        public override void Complete() => result.TrySetResult(value);

        public override void Fail(Exception exception) => result.TrySetException(exception);
    }
}
