using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CareerBot.Storage.Sql;

/// <summary>SQLite through Microsoft.Data.Sqlite: a file, write-ahead log, pooled connections; the per-turn writes share
/// commits (<see cref="SqliteWriteBatcher"/>) and the per-turn reads run on connections kept open with their query
/// compiled (<see cref="PreparedConnection"/>).</summary>
internal sealed class SqliteDialect : SqlDialect
{
    private static readonly object Configured = new();

    private readonly string connectionString;
    private readonly string file;

    // The native connections already configured; they leave the table when the pool closes and collects them.
    private readonly ConditionalWeakTable<sqlite3, object> configured = new();
    private readonly SqliteCheckpointer checkpointer;
    private readonly SqliteWriteBatcher writer;

    // Open connections with their queries compiled, one per concurrent read at most (SQLite's reads run side by side).
    private readonly ConcurrentBag<PreparedConnection> readers = [];

    /// <summary>Reads <paramref name="connectionString"/> (empty: the default file); a relative file is resolved under
    /// <paramref name="baseDirectory"/> and its folder created.</summary>
    public SqliteDialect(string connectionString, string baseDirectory)
        : this(connectionString, baseDirectory, SqliteCheckpointer.DefaultInterval, SqliteCheckpointer.DefaultRestartPages)
    {
    }

    /// <summary>As above, with the log checkpointed every <paramref name="checkpointInterval"/> and restarted past
    /// <paramref name="restartPages"/> pages (<see cref="SqliteCheckpointer"/>).</summary>
    internal SqliteDialect(string connectionString, string baseDirectory, TimeSpan checkpointInterval, int restartPages)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connectionString) ? StorageOptions.DefaultSqliteConnectionString : connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource) || builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
        {
            throw new InvalidOperationException("Storage:ConnectionString must name a SQLite file (Data Source=…); use Storage:Provider=Memory for memory.");
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, baseDirectory);
        builder.Pooling = true;
        file = builder.DataSource;
        PrivateFiles.Prepare(file);
        this.connectionString = builder.ToString();
        checkpointer = new SqliteCheckpointer(Open, checkpointInterval, restartPages);
        writer = new SqliteWriteBatcher(Open, checkpointer);

        async ValueTask<SqliteConnection> Open(CancellationToken token) => (SqliteConnection)await OpenAsync(token);
    }

    /// <summary>Runs the checkpointer's PASSIVE checkpoint now (<see cref="SqliteCheckpointer.CheckpointAsync"/>).</summary>
    internal Task<int> CheckpointAsync(CancellationToken cancellationToken) => checkpointer.CheckpointAsync(cancellationToken);

    /// <inheritdoc />
    public override string Name => "SQLite";

    /// <inheritdoc />
    public override string Describe => file;

    /// <inheritdoc />
    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    /// <inheritdoc />
    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // WAL (set once, kept by the file) makes a commit durable against a killed process without an fsync;
            // busy_timeout makes a writer wait for another (instance or connection) instead of failing; no commit
            // checkpoints the log, the checkpointer does, beside them. All are settings of the native connection,
            // which the pool keeps open: set them once per native connection.
            var handle = connection.Handle!;
            if (!configured.TryGetValue(handle, out _))
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA wal_autocheckpoint = 0;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
                configured.AddOrUpdate(handle, Configured);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public override async Task<T> ReadAsync<T>(string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var reader = readers.TryTake(out var idle) ? idle : new PreparedConnection((SqliteConnection)await OpenAsync(cancellationToken));
        try
        {
            T result;
            using (var data = reader.Command(sql, parameters).ExecuteReader())
            {
                result = read(data);
            }

            readers.Add(reader);
            return result;
        }
        catch
        {
            // Perhaps broken (the file gone): not kept.
            reader.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override Task<int> WriteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(sql, parameters, null, cancellationToken);

    /// <inheritdoc />
    public override Task<int> WriteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, IReadOnlyList<SqlStatement> then, CancellationToken cancellationToken) =>
        writer.ExecuteAsync(sql, parameters, then.Count == 0 ? null : then, cancellationToken);

    /// <inheritdoc />
    public override async ValueTask<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode = WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        // BEGIN IMMEDIATE: takes the write lock now, so a second process waits here until the first has migrated.
        return await connection.BeginTransactionAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override bool IsOutage(Exception exception) => exception switch
    {
        // Busy or locked too long, read-only, I/O error, corrupt, disk full, cannot open (SQLite's primary codes).
        SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6 or 8 or 10 or 11 or 13 or 14 or 26,
        IOException or UnauthorizedAccessException => true,
        _ => false,
    };

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync();
        await checkpointer.DisposeAsync();
        while (readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
