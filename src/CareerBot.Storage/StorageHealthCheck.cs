using CareerBot.Conversation;
using CareerBot.Storage.Sql;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Storage;

/// <summary>Readiness of the conversation store: the database answers a query and its schema is migrated.</summary>
internal sealed class StorageHealthCheck : IHealthCheck
{
    private readonly SqlDatabase database;

    /// <summary>Creates the check.</summary>
    public StorageHealthCheck(SqlDatabase database)
    {
        this.database = database;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = database.Dialect.Name };
        try
        {
            await database.RunAsync((connection, token) => Sql.Sql.ScalarAsync<long>(connection, null, "SELECT 1", token), cancellationToken);
            return HealthCheckResult.Healthy($"{database.Dialect.Name} answers", data);
        }
        catch (StorageUnavailableException exception)
        {
            return HealthCheckResult.Unhealthy($"{database.Dialect.Name} is unavailable", exception, data);
        }
    }
}
