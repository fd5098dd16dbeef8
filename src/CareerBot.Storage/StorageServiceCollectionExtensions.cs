using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Ratings;
using CareerBot.Conversation;
using CareerBot.Core.State;
using CareerBot.Storage.Sql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Storage;

/// <summary>Registers where conversations are kept, from the <c>Storage</c> settings.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The tag of the health checks that tell whether CareerBot can serve (readiness).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Adds the conversation state store, the reply outbox, the Direct Line store, the feedback store and the
    /// ledger of rated answers of <c>Storage:Provider</c>, the schema
    /// migration, the sweep of expired conversations and the storage readiness check. Call before <c>AddDirectLine</c>.
    /// A wrong setting stops start-up with a message naming it.</summary>
    public static IServiceCollection AddCareerBotStorage(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(StorageOptions.Section);
        StorageOptions options;
        try
        {
            options = section.Get<StorageOptions>() ?? new StorageOptions();
        }
        catch (InvalidOperationException exception)
        {
            throw new InvalidOperationException(
                $"CareerBot cannot start: the Storage settings are invalid ({exception.Message}). Storage:Provider is one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.",
                exception);
        }

        services.Configure<StorageOptions>(section);
        services.AddHostedService<ConversationStateSweeper>();
        if (options.Provider == StorageProvider.Memory)
        {
            services.AddSingleton<IFeedbackStore, MemoryFeedbackStore>();
            services.AddSingleton<IAnswerLedger, MemoryAnswerLedger>();
            services.AddSingleton<MemoryConversationStateStore>();
            services.AddSingleton<IConversationStateStore>(provider => provider.GetRequiredService<MemoryConversationStateStore>());
            services.AddSingleton<IReplyOutbox>(provider => provider.GetRequiredService<MemoryConversationStateStore>());
            services.AddHealthChecks().AddCheck("storage", () => HealthCheckResult.Healthy("in memory"), [ReadyTag]);
            return services;
        }

        var dialect = CreateDialect(options, environment);
        services.AddSingleton(dialect);
        services.AddSingleton<SqlDatabase>();
        services.AddSingleton<IConversationStateStore, SqlConversationStateStore>();
        services.AddSingleton<IReplyOutbox, SqlReplyOutbox>();
        services.AddSingleton<IDirectLineConversationStore, SqlDirectLineConversationStore>();
        services.AddSingleton<ISharedSigningKeyStore, SqlSigningKeyStore>();
        services.AddSingleton<IFeedbackStore, SqlFeedbackStore>();
        services.AddSingleton<IAnswerLedger, SqlAnswerLedger>();
        services.AddHostedService<StorageMigration>();
        if (dialect is PostgresDialect)
        {
            services.AddHostedService<PostgresNotificationListener>();
        }

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    private static SqlDialect CreateDialect(StorageOptions options, IHostEnvironment environment)
    {
        try
        {
            return options.Provider == StorageProvider.Postgres
                ? new PostgresDialect(options.ConnectionString)
                : new SqliteDialect(options.ConnectionString, environment.ContentRootPath);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"CareerBot cannot start: Storage:ConnectionString is not a valid {options.Provider} connection string ({exception.Message}).", exception);
        }
    }
}
