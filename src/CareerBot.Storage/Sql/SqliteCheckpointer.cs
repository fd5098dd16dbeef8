using Microsoft.Data.Sqlite;

namespace CareerBot.Storage.Sql;

/// <summary>Checkpoints a SQLite file's write-ahead log beside the writer instead of inside its commits. SQLite's own
/// automatic checkpoint runs in the commit that takes the log past 1,000 pages: the turns of that batch waited for the
/// copy into the database file and its two fsyncs, several times a second under load, and set the p99 (6.3–7.7 ms
/// with it, 4.8–5.2 ms with this class, in alternating rounds: docs/performance.md). So <see cref="SqliteDialect"/>
/// turns automatic checkpoints off (<c>wal_autocheckpoint = 0</c>) and this runs a PASSIVE checkpoint every interval,
/// on a connection of its own, which copies what is committed without holding up the writer or the readers. SQLite reuses a log only
/// once a checkpoint has caught up with it, which under steady writes it may never do: past a limit
/// (<see cref="DefaultRestartPages"/>), the writer restarts it between two batches (<see cref="RestartIfLong"/>), with
/// little left to copy by then.</summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>How often the log is checkpointed.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>The log's length, in pages (4 KB), past which the writer restarts it: 16 MB.</summary>
    public const int DefaultRestartPages = 4096;

    /// <summary>How long a RESTART waits for the readers still using the log.</summary>
    public static readonly TimeSpan RestartWait = TimeSpan.FromMilliseconds(100);

    // What Checkpoint returns instead of the log's length.
    private const int Busy = -2;
    private const int NoLog = -1;

    private readonly Func<CancellationToken, ValueTask<SqliteConnection>> open;
    private readonly int restartPages;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task running;
    private SqliteConnection? connection;
    private int logPages;

    /// <summary>Starts checkpointing every <paramref name="interval"/> (<see cref="Timeout.InfiniteTimeSpan"/>: only
    /// when <see cref="CheckpointAsync"/> is called); <paramref name="open"/> opens its connection (again after a
    /// failure).</summary>
    public SqliteCheckpointer(Func<CancellationToken, ValueTask<SqliteConnection>> open, TimeSpan interval, int restartPages)
    {
        this.open = open;
        this.restartPages = restartPages;
        running = interval == Timeout.InfiniteTimeSpan ? Task.CompletedTask : Task.Run(() => RunAsync(interval));
    }

    /// <summary>The log's length in pages at the last checkpoint.</summary>
    public int LogPages => Volatile.Read(ref logPages);

    /// <summary>Copies the committed pages of the log into the database file (PASSIVE: waits for no one); returns the
    /// log's length in pages; a negative number when another checkpoint was running or the file has no log yet.
    /// Throws what SQLite threw (the file gone, the disk full).</summary>
    public async Task<int> CheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            connection ??= await open(cancellationToken);

            // A connection learns that the file is in WAL mode when it next reads it, and until then a checkpoint
            // finds no log (-1): this one may have been opened before the file was migrated to WAL.
            _ = Scalar(connection, "PRAGMA schema_version");

            var pages = Checkpoint(connection, "PASSIVE");
            if (pages >= 0)
            {
                Volatile.Write(ref logPages, pages);
            }

            return pages;
        }
        catch
        {
            connection?.Dispose();
            connection = null;
            throw;
        }
    }

    /// <summary>Run by the writer between two batches, on its connection: when the log has grown past the limit, a
    /// RESTART checkpoint copies what is left and has the next commit write the log from its start. A RESTART waits for
    /// the readers still using the log, for at most <see cref="RestartWait"/> here (the connection's busy timeout is
    /// seconds); whether it succeeds or not, the next is tried only after the next PASSIVE checkpoint has measured the
    /// log again, so that a reader that keeps the log (another process) costs the writer that wait four times a
    /// second at most, not after every batch.</summary>
    public void RestartIfLong(SqliteConnection writer)
    {
        if (LogPages < restartPages)
        {
            return;
        }

        Volatile.Write(ref logPages, 0);
        try
        {
            var busyTimeout = Scalar(writer, "PRAGMA busy_timeout");
            Scalar(writer, $"PRAGMA busy_timeout = {(int)RestartWait.TotalMilliseconds}");
            try
            {
                _ = Checkpoint(writer, "RESTART");
            }
            finally
            {
                Scalar(writer, $"PRAGMA busy_timeout = {busyTimeout}");
            }
        }
        catch (SqliteException)
        {
            // The writer's connection is failing: its next batch finds out, and reports it to the callers.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await running;
        connection?.Dispose();
        stopping.Dispose();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    // PRAGMA wal_checkpoint answers (busy, pages in the log, pages copied): busy is 1 when another checkpoint was
    // running, or a RESTART gave up waiting for the readers; the log is -1 when the connection knows of no log.
    private static int Checkpoint(SqliteConnection connection, string mode)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode})";
        using var reader = command.ExecuteReader();
        return !reader.Read() ? NoLog : reader.GetInt64(0) != 0 ? Busy : (int)reader.GetInt64(1);
    }

    private async Task RunAsync(TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping.Token))
            {
                try
                {
                    await CheckpointAsync(stopping.Token);
                }
                catch (Exception exception) when (exception is SqliteException or IOException or UnauthorizedAccessException)
                {
                    // An outage (the health check reports it): the log waits for the next tick, as the writes do.
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Disposed.
        }
    }
}
