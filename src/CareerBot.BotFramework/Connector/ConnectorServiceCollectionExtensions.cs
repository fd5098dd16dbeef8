using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Registers the outbound side: the connector client, its resilience, the SSRF policy and the bot's token.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The name of the connector's <see cref="HttpClient"/>.</summary>
    public const string ConnectorHttpClient = "BotConnector";

    /// <summary>Adds <see cref="IConnectorClient"/> (with retries and timeouts from the <c>Connector</c> section) and
    /// <see cref="IChannelTokenProvider"/> (from <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, … and the
    /// <c>ToChannelFromBot*</c> overrides at the configuration root). <see cref="BotAuthenticationOptions"/> must be
    /// bound too (<c>AddBotFramework</c> does it); unbound, the bot is anonymous.</summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ConnectorOptions>(configuration.GetSection(ConnectorOptions.Section));
        services.Configure<ChannelTokenOptions>(configuration);
        services.AddSingleton<ServiceUrlPolicy>();

        services.AddHttpClient(MsalHttpClientFactory.LoginHttpClient, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout);
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton(provider => ChannelTokenProviders.Create(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
            provider.GetRequiredService<IOptions<ChannelTokenOptions>>().Value,
            provider.GetRequiredService<MsalHttpClientFactory>()));

        // The resilience pipeline owns the timeouts (per attempt and in total), so the client's own is off.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(ConnectorHttpClient, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler(ConnectorResilience.PipelineName, (builder, context) =>
                ConnectorResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value));
        return services;
    }
}
