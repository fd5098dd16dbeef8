using CareerBot.Conversation;
using CareerBot.Storage.Sql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Storage;

/// <summary>Migrates the database's schema at start-up, before requests arrive. When the database cannot be reached,
/// start-up goes on (readiness reports it) and the first use migrates.</summary>
internal sealed class StorageMigration : IHostedService
{
    private readonly SqlDatabase database;
    private readonly ILogger<StorageMigration> logger;

    /// <summary>Creates the migration step.</summary>
    public StorageMigration(SqlDatabase database, ILogger<StorageMigration> logger)
    {
        this.database = database;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.RunAsync((_, _) => Task.FromResult(true), cancellationToken);
            logger.LogInformation("Storage: {Provider} at {Database}", database.Dialect.Name, database.Dialect.Describe);
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning("Storage: {Provider} at {Database} is unavailable at start-up ({Reason}); CareerBot answers 503 until it is back",
                database.Dialect.Name, database.Dialect.Describe, exception.Message);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
