using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sql;

/// <summary>Group commit for SQLite. SQLite lets one connection write at a time, and a writer that finds the lock
/// taken sleeps (1, 2, 5… ms) before trying again; every commit also appends its pages to the write-ahead log. So the
/// writes of concurrent turns (a statement, and those that follow it when it changed a row) are queued here and run by one connection, those waiting together in
/// one transaction: one lock, one commit, one append to the log for the whole batch. Each caller still learns its own
/// statement's row count, and only once the batch is committed, so a reply is never sent before its state is durable.
/// </summary>
internal sealed class SqliteWriteBatcher : IAsyncDisposable
{
    /// <summary>At most this many statements share a transaction, so that a batch stays short.</summary>
    private const int MaxBatch = 256;

    private readonly Func<CancellationToken, ValueTask<SqliteConnection>> open;
    private readonly SqliteCheckpointer checkpointer;
    private readonly Channel<Write> queue = Channel.CreateUnbounded<Write>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task running;
    private PreparedConnection? connection;

    /// <summary>Starts the writer; <paramref name="open"/> opens its connection (again after a failure); between
    /// batches it restarts the log when <paramref name="checkpointer"/> finds it long.</summary>
    public SqliteWriteBatcher(Func<CancellationToken, ValueTask<SqliteConnection>> open, SqliteCheckpointer checkpointer)
    {
        this.open = open;
        this.checkpointer = checkpointer;
        running = Task.Run(RunAsync);
    }

    /// <summary>Runs <paramref name="sql"/> in the next batch, followed, when it changed a row, by
    /// <paramref name="then"/>; returns the rows it changed once the batch is committed. Throws what the statements or
    /// the commit threw.</summary>
    public Task<int> ExecuteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, IReadOnlyList<SqlStatement>? then, CancellationToken cancellationToken)
    {
        var write = new Write(sql, parameters, then, new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(write), this);

        // A caller that stops waiting does not withdraw its write: like any sent statement, it may still be applied.
        return write.Done.Task.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await running;
        CloseConnection();
    }

    private async Task RunAsync()
    {
        var batch = new List<Write>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            await CommitAsync(batch);
            batch.Clear();
            if (connection is not null)
            {
                checkpointer.RestartIfLong(connection.Connection);
            }
        }
    }

    private async Task CommitAsync(List<Write> batch)
    {
        try
        {
            var results = await RunInTransactionAsync(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One statement failing must not fail the others: run each in its own transaction.
            foreach (var write in batch)
            {
                await CommitAsync([write]);
            }
        }
        catch (Exception exception)
        {
            batch[0].Done.TrySetException(exception);
        }
    }

    private async Task<int[]> RunInTransactionAsync(List<Write> batch)
    {
        try
        {
            connection ??= new PreparedConnection(await open(CancellationToken.None));

            // BEGIN IMMEDIATE: the write lock is taken (or waited for, busy_timeout) once for the whole batch.
            using var transaction = connection.Connection.BeginTransaction(deferred: false);
            var results = new int[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                var command = connection.Command(batch[i].Sql, batch[i].Parameters);
                command.Transaction = transaction;
                results[i] = command.ExecuteNonQuery();
                if (results[i] > 0 && batch[i].Then is { } then)
                {
                    foreach (var statement in then)
                    {
                        var next = connection.Command(statement.Sql, statement.Parameters);
                        next.Transaction = transaction;
                        next.ExecuteNonQuery();
                    }
                }
            }

            transaction.Commit();
            return results;
        }
        catch
        {
            // The connection may be broken (the file gone, the disk full): start afresh on the next batch.
            CloseConnection();
            throw;
        }
    }

    private void CloseConnection()
    {
        connection?.Dispose();
        connection = null;
    }

    private sealed record Write(string Sql, IReadOnlyList<(string Name, object? Value)> Parameters, IReadOnlyList<SqlStatement>? Then, TaskCompletionSource<int> Done);
}
