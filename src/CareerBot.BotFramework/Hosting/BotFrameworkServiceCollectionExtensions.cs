using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Transcripts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Registers the Bot Framework protocol: options, connector client, adapter.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>The name of the connector's <see cref="HttpClient"/>.</summary>
    public const string ConnectorHttpClient = ConnectorServiceCollectionExtensions.ConnectorHttpClient;

    /// <summary>Adds the adapter and the connector client; an <c>IConversationEngine</c> and an <c>IFeedbackStore</c> must
    /// be registered too. The ledger of rated answers is kept in memory unless an <see cref="IAnswerLedger"/> was
    /// registered before (or is after).</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotAuthentication(configuration);
        services.AddConnectorClient(configuration);
        services.AddTransient<BotAdapter>();
        services.AddTranscripts(configuration);
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<MessagesRateLimiter>();
        services.Configure<FeedbackOptions>(configuration.GetSection(FeedbackOptions.Section));
        services.TryAddSingleton<IAnswerLedger, MemoryAnswerLedger>();
        services.AddHostedService<AnswerLedgerSweeper>();
        return services;
    }
}
