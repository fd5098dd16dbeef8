using CareerBot.Admin.Statistics;

namespace CareerBot.Admin;

/// <summary>Registers the operator page.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>Adds the operator page's settings (<c>Admin</c>), its authentication (cookie and Bearer key), antiforgery,
    /// the rate limit of its key, its statistics and the listener that feeds them from the app's metrics (which listens
    /// only when <c>Admin:ApiKey</c> is set), its report and its files. Needs a <see cref="TimeProvider"/>, an
    /// <see cref="Conversation.IFeedbackStore"/> and an <see cref="Core.Content.IContentStatus"/>.</summary>
    public static IServiceCollection AddAdminPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddAdminAuthentication();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, AdminSignInLimit>(AdminSignInLimit.Name));
        services.AddSingleton<TurnStatistics>();
        services.AddSingleton<TurnMetricsListener>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnMetricsListener>());
        services.AddSingleton<AdminReports>();
        services.AddSingleton<AdminAssets>();
        return services;
    }
}
