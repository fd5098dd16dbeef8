using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Registers the outbound side: the connector client, the outbox sink and its deliverer, the SSRF policy and
/// the bot's token.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The name of the connector's <see cref="HttpClient"/>.</summary>
    public const string ConnectorHttpClient = "BotConnector";

    /// <summary>Adds <see cref="IConnectorClient"/> (one attempt per call, bounded by <c>Connector:AttemptTimeout</c>),
    /// <see cref="ConnectorOutbox"/> and the <see cref="ReplyDeliverer"/> (which need an
    /// <see cref="CareerBot.Conversation.IReplyOutbox"/>, registered by the storage), and
    /// <see cref="IChannelTokenProvider"/> (from <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, … and the
    /// <c>ToChannelFromBot*</c> overrides at the configuration root), built and checked at start-up.
    /// <see cref="BotAuthenticationOptions"/> must be bound too (<c>AddBotFramework</c> does it); unbound, the bot is
    /// anonymous.</summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.AddOptions<ChannelTokenOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ChannelTokenOptions>, ChannelTokenOptionsValidator>());
        services.AddSingleton<ServiceUrlPolicy>();

        services.AddHttpClient(MsalHttpClientFactory.LoginHttpClient, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.AttemptTimeout);
        services.AddSingleton<MsalHttpClientFactory>();
        services.AddSingleton(provider => ChannelTokenProviders.Create(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value,
            provider.GetRequiredService<IOptions<ChannelTokenOptions>>().Value,
            provider.GetRequiredService<MsalHttpClientFactory>()));

        services.AddHttpClient(ConnectorHttpClient, (provider, http) =>
            http.Timeout = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value.AttemptTimeout);
        services.AddSingleton<IConnectorClient, ConnectorClient>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<ConnectorOutbox>();
        services.AddHostedService<ReplyDeliverer>();
        return services;
    }
}
