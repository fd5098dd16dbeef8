using CareerBot.Admin.Statistics;

namespace CareerBot.Admin;

/// <summary>Registers the operator page.</summary>
public static class AdminServiceCollectionExtensions
{
    /// <summary>Adds the operator page's settings (<c>Admin</c>), its key check, its statistics and the listener that
    /// feeds them from the app's metrics (which listens only when <c>Admin:ApiKey</c> is set). Needs a
    /// <see cref="TimeProvider"/>.</summary>
    public static IServiceCollection AddAdminPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<AdminAccess>();
        services.AddSingleton<AdminSignInThrottle>();
        services.AddSingleton<TurnStatistics>();
        services.AddSingleton<TurnMetricsListener>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnMetricsListener>());
        return services;
    }
}
