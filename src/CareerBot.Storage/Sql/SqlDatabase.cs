using System.Data.Common;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage.Sql;

/// <summary>A SQL database holding CareerBot's tables: migrates the schema before first use (again after a failed
/// attempt, so an app started while the database was down recovers), runs work on a pooled connection, and turns an
/// outage into <see cref="StorageUnavailableException"/>.</summary>
internal sealed class SqlDatabase : IAsyncDisposable
{
    private readonly SqlDialect dialect;
    private readonly TimeProvider time;
    private readonly ILogger<SqlDatabase> logger;
    private readonly SemaphoreSlim migrating = new(1, 1);
    private volatile bool migrated;

    /// <summary>Creates the database access; nothing is opened yet.</summary>
    public SqlDatabase(SqlDialect dialect, TimeProvider time, ILogger<SqlDatabase> logger)
    {
        this.dialect = dialect;
        this.time = time;
        this.logger = logger;
    }

    /// <summary>The dialect.</summary>
    public SqlDialect Dialect => dialect;

    /// <summary>Runs <paramref name="work"/> on an open connection of the migrated database.</summary>
    public async Task<T> RunAsync<T>(Func<DbConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await EnsureMigratedAsync(cancellationToken);
            await using var connection = await dialect.OpenAsync(cancellationToken);
            return await work(connection, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && dialect.IsOutage(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>Runs a query and reads its result with <paramref name="read"/> (on a connection kept ready when the
    /// provider has such).</summary>
    public async Task<T> ReadAsync<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        try
        {
            await EnsureMigratedAsync(cancellationToken);
            return await dialect.ReadAsync(sql, parameters, read, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && dialect.IsOutage(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>Runs one statement that changes rows, in a transaction of its own or shared with other such writes
    /// (SQLite's group commit); returns the rows it changed.</summary>
    public async Task<int> WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        try
        {
            await EnsureMigratedAsync(cancellationToken);
            return await dialect.WriteAsync(sql, parameters, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && dialect.IsOutage(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>Runs <paramref name="sql"/> and, when it changed a row, <paramref name="then"/>, in one commit (shared
    /// with other writes on SQLite); returns the rows <paramref name="sql"/> changed. When it changed none, nothing is
    /// written.</summary>
    public async Task<int> WriteAsync(string sql, IReadOnlyList<SqlStatement> then, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        try
        {
            await EnsureMigratedAsync(cancellationToken);
            return await dialect.WriteAsync(sql, parameters, then, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && dialect.IsOutage(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction, committed when it returns.</summary>
    public Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        RunAsync(
            async (connection, token) =>
            {
                await using var transaction = await connection.BeginTransactionAsync(token);
                var result = await work(connection, transaction, token);
                await transaction.CommitAsync(token);
                return result;
            },
            cancellationToken);

    /// <summary>Applies the missing migrations, once per process (again after a failure).</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (migrated)
        {
            return;
        }

        await migrating.WaitAsync(cancellationToken);
        try
        {
            if (!migrated)
            {
                await MigrateAsync(cancellationToken);
                migrated = true;
            }
        }
        finally
        {
            migrating.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        migrating.Dispose();
        await dialect.DisposeAsync();
    }

    private StorageUnavailableException Unavailable(Exception exception)
    {
        dialect.OnOutage();
        return new StorageUnavailableException($"{dialect.Name} ({dialect.Describe}) is unavailable: {exception.Message}", exception);
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginMigrationAsync(connection, cancellationToken);
        await Sql.ExecuteAsync(connection, transaction, Schema.VersionTable, cancellationToken);
        var current = await Sql.ScalarAsync<long?>(connection, transaction, "SELECT MAX(version) FROM careerbot_schema_version", cancellationToken) ?? 0;
        foreach (var migration in Schema.Migrations.Where(m => m.Version > current))
        {
            foreach (var statement in migration.Statements)
            {
                await Sql.ExecuteAsync(connection, transaction, statement.Replace(Schema.Identity, dialect.IdentityColumn, StringComparison.Ordinal), cancellationToken);
            }

            await Sql.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO careerbot_schema_version (version, applied_at) VALUES (@version, @now)",
                cancellationToken,
                ("version", migration.Version),
                ("now", time.GetUtcNow().ToUnixTimeMilliseconds()));
            logger.LogInformation("Storage: {Provider} schema migrated to version {Version} ({Description})", dialect.Name, migration.Version, migration.Description);
        }

        await transaction.CommitAsync(cancellationToken);
        if (current > Schema.Latest)
        {
            logger.LogWarning("Storage: the {Provider} schema is at version {Version}, newer than this CareerBot's {Latest}", dialect.Name, current, Schema.Latest);
        }
    }
}
