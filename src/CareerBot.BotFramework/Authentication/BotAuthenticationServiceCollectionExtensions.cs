using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Registers the inbound authentication of <c>/api/messages</c>.</summary>
public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> that fetches OpenID metadata and signing keys.</summary>
    public const string OpenIdHttpClient = "BotOpenIdMetadata";

    /// <summary>Binds <see cref="BotAuthenticationOptions"/> to the configuration root (the keys of every Bot Framework
    /// sample), validates them at start-up, and adds the <see cref="BotAuthenticator"/>.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdHttpClient, http =>
        {
            http.Timeout = TimeSpan.FromSeconds(10);
            http.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.TryAddSingleton<BotAuthenticator>();
        return services;
    }
}
