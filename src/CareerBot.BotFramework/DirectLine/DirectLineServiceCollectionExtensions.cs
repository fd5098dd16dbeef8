using System.Threading.RateLimiting;
using CareerBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
        services.AddOptions<DirectLineOptions>().Bind(configuration.GetSection(DirectLineOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());

        // Starting a conversation costs storage: each client address may start so many per window, so that no client
        // alone can fill DirectLine:MaxConversations; the holder of the secret (a server of the operator's) is not a
        // visitor and is not limited. (429 and its Retry-After: the host's rate limiter answers.)
        services.AddRateLimiter(limiter => limiter.AddPolicy(DirectLineEndpoints.ConversationStartPolicy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            return options.MaxConversationStartsPerClient <= 0 || context.RequestServices.GetRequiredService<DirectLineAuthorization>().HoldsSecret(context.Request)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Key(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = options.MaxConversationStartsPerClient,
                    Window = options.ConversationStartWindow,
                    SegmentsPerWindow = 10,
                    QueueLimit = 0,
                });
        }));
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
