using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Registers the Bot Framework protocol: options, connector client, adapter.</summary>
public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>The name of the connector's <see cref="HttpClient"/>.</summary>
    public const string ConnectorHttpClient = "BotConnector";

    /// <summary>Adds the adapter and the connector client; an <c>IConversationEngine</c> must be registered too.</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotAuthentication(configuration);
        services.Configure<ConnectorOptions>(configuration.GetSection(ConnectorOptions.Section));
        services.AddSingleton<ServiceUrlPolicy>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorHttpClient, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout);
        services.AddTransient<BotAdapter>();
        return services;
    }
}
