using System.Globalization;
using CareerBot.Admin.Statistics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.Admin;

/// <summary>CareerBot with the operator page on: a known key, a small limit of keys given per minute, requests from the
/// address of <see cref="ClientAddresses"/>, and a clock the test moves.</summary>
public class AdminFactory : CareerBotFactory
{
    /// <summary>The operator key.</summary>
    public const string Key = "operator-key-for-tests-5f2c9a71";

    /// <summary>How many keys an address may give per minute here.</summary>
    public const int MaxKeyAttempts = 3;

    /// <summary>The clock of the app.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 14, 9, 30, 5, TimeSpan.Zero));

    /// <summary>The page's statistics in this host.</summary>
    public TurnStatistics Statistics => Services.GetRequiredService<TurnStatistics>();

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Admin:ApiKey", Key);
        builder.UseSetting("Admin:MaxKeyAttempts", MaxKeyAttempts.ToString(CultureInfo.InvariantCulture));
        ClientAddresses.Use(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}
