using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Registers the Web Chat page; needs the content catalog and <c>AddDirectLine</c>.</summary>
public static class WebChatServiceCollectionExtensions
{
    /// <summary>Adds the page's settings (checked at start-up), files, renderer and sessions, and the line that says
    /// which address to open once CareerBot listens.</summary>
    public static IServiceCollection AddWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebChatOptions>, WebChatOptionsValidator>());
        services.AddSingleton<WebChatAssets>();
        services.AddSingleton<WebChatPage>();
        services.AddSingleton<WebChatResumeTickets>();
        services.AddSingleton<WebChatSessions>();
        services.AddHostedService<WebChatAddressAnnouncer>();
        return services;
    }
}
