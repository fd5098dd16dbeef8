using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Registers CareerBot's own Direct Line 3.0 channel.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> that calls Azure's Direct Line.</summary>
    public const string AzureHttpClient = "AzureDirectLine";

    /// <summary>Adds the Direct Line channel and the Web Chat token issuer; needs <c>AddBotFramework</c> (the adapter)
    /// and a <see cref="TimeProvider"/>. Conversations are kept in memory unless an
    /// <see cref="IDirectLineConversationStore"/> was registered before.</summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton<TokenSigningKey>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthorization>();
        services.AddSingleton<DirectLineCors>();
        services.AddSingleton<DirectLineRateLimiter>();
        services.AddSingleton<ConversationSignals>();
        services.TryAddSingleton<IDirectLineConversationStore, MemoryDirectLineConversationStore>();
        services.AddSingleton<DirectLineStream>();
        services.AddTransient<DirectLineChannel>();
        services.AddHttpClient<WebChatTokenIssuer>(AzureHttpClient, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHostedService<ConversationSweeper>();
        return services;
    }
}
