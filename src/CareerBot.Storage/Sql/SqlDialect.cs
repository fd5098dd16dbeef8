using System.Data.Common;

namespace CareerBot.Storage.Sql;

/// <summary>What differs between the SQL databases CareerBot runs on. The schema and queries are written once, in the
/// SQL that SQLite and PostgreSQL share (TEXT, BIGINT, ON CONFLICT, RETURNING, @parameters).</summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>The provider's name, for logs and errors.</summary>
    public abstract string Name { get; }

    /// <summary>Where the database is, without credentials, for logs.</summary>
    public abstract string Describe { get; }

    /// <summary>Opens a connection (from the provider's pool).</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs a query outside any transaction and reads its result with <paramref name="read"/>.</summary>
    public virtual async Task<T> ReadAsync<T>(string sql, IReadOnlyList<(string Name, object? Value)> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(read);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, sql, [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return read(reader);
    }

    /// <summary>Runs one statement in a transaction of its own (or shared with other such writes: see
    /// <see cref="SqliteWriteBatcher"/>); returns the rows it changed.</summary>
    public virtual async Task<int> WriteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, sql, [.. parameters]);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/> and, when it changed a row, <paramref name="then"/>, all in one transaction
    /// (or one shared with other such writes: see <see cref="SqliteWriteBatcher"/>); returns the rows the first
    /// statement changed. When it changed none, nothing is written.</summary>
    public virtual async Task<int> WriteAsync(string sql, IReadOnlyList<(string Name, object? Value)> parameters, IReadOnlyList<SqlStatement> then, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(then);
        if (then.Count == 0)
        {
            return await WriteAsync(sql, parameters, cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int changed;
        await using (var command = Sql.Command(connection, transaction, sql, [.. parameters]))
        {
            changed = await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (changed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        foreach (var statement in then)
        {
            await using var next = Sql.Command(connection, transaction, statement.Sql, [.. statement.Parameters]);
            await next.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    /// <summary>The column definition of an id the database numbers itself, increasing (the <c>{identity}</c> of a
    /// migration).</summary>
    public abstract string IdentityColumn { get; }

    /// <summary>Begins the transaction that migrates the schema, holding a lock that makes instances starting at once
    /// migrate one after the other.</summary>
    public abstract ValueTask<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Within <paramref name="transaction"/>, waits until no other transaction holding the same
    /// <paramref name="key"/> runs, and holds it until this one ends (nothing by default: a dialect whose write
    /// transactions already run one at a time, as SQLite's, needs nothing more).</summary>
    public virtual ValueTask SerializeAsync(DbConnection connection, DbTransaction transaction, long key, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    /// <summary>True when <paramref name="exception"/> means the database cannot be reached or used right now (as
    /// opposed to a mistake in a query).</summary>
    public abstract bool IsOutage(Exception exception);

    /// <summary>Called after an outage: forgets pooled connections that may be broken.</summary>
    public virtual void OnOutage()
    {
    }

    /// <summary>Called after a write to a Direct Line conversation: tells other instances (nothing by default).</summary>
    public virtual ValueTask NotifyAppendedAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    /// <summary>Closes the pooled connections.</summary>
    public abstract ValueTask DisposeAsync();
}
