using System.Data.Common;
using Npgsql;

namespace CareerBot.Storage.Sql;

/// <summary>PostgreSQL through Npgsql: one data source (its pool) per app; an advisory lock serialises migrations;
/// appends to Direct Line conversations are announced with NOTIFY.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>The NOTIFY channel whose payload is the id of a Direct Line conversation that has a new activity.</summary>
    public const string AppendedChannel = "careerbot_directline_appended";

    // Any constant shared by every CareerBot instance: "CareerBt" in ASCII.
    private const long MigrationLockKey = 0x4361726565724274;

    private readonly NpgsqlDataSource dataSource;

    /// <summary>Builds the data source. Unless the connection string says otherwise, connecting gives up after 5 s and a
    /// command after 15 s, so that an outage is answered quickly rather than after Npgsql's longer defaults.</summary>
    public PostgresDialect(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is Postgres (e.g. Host=…;Username=…;Password=…;Database=…).");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Timeout"))
        {
            builder.Timeout = 5;
        }

        if (!builder.ContainsKey("Command Timeout"))
        {
            builder.CommandTimeout = 15;
        }

        builder.ApplicationName ??= "CareerBot";
        Builder = builder;
        dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The connection settings (for the listener's own connection).</summary>
    public NpgsqlConnectionStringBuilder Builder { get; }

    /// <inheritdoc />
    public override string Name => "PostgreSQL";

    /// <inheritdoc />
    public override string Describe => $"{Builder.Host}:{Builder.Port}/{Builder.Database}";

    /// <inheritdoc />
    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    /// <inheritdoc />
    public override async ValueTask<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(@key)";
        command.Parameters.Add(new NpgsqlParameter("key", MigrationLockKey));
        await command.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }

    /// <inheritdoc />
    public override bool IsOutage(Exception exception) => exception switch
    {
        // Errors the server reports: only connection loss (08), shutdown or start-up (57P), lack of resources (53).
        PostgresException server => server.SqlState.StartsWith("08", StringComparison.Ordinal)
            || server.SqlState.StartsWith("57P", StringComparison.Ordinal)
            || server.SqlState.StartsWith("53", StringComparison.Ordinal),
        NpgsqlException or TimeoutException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    /// <inheritdoc />
    public override void OnOutage() => dataSource.Clear();

    /// <inheritdoc />
    public override async ValueTask NotifyAppendedAsync(DbConnection connection, DbTransaction transaction, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, @id)";
        command.Parameters.Add(new NpgsqlParameter("channel", AppendedChannel));
        command.Parameters.Add(new NpgsqlParameter("id", conversationId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
