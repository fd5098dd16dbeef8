using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Tests.DirectLine;

/// <summary>CareerBot with Direct Line settings for tests: a secret, a fixed signing key, one allowed origin, small limits,
/// and a clock the test moves.</summary>
public sealed class DirectLineFactory : CareerBotFactory
{
    /// <summary>The configured Direct Line secret.</summary>
    public const string Secret = "test-directline-secret";

    /// <summary>The one origin allowed by CORS.</summary>
    public const string AllowedOrigin = "https://careers.example.com";

    /// <summary>How many activities a token may post per minute here.</summary>
    public const int RateLimit = 8;

    /// <summary>The largest activity accepted here.</summary>
    public const int MaxActivityBytes = 4096;

    /// <summary>The clock of the app.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("DirectLine:TokenSigningKey", "a-test-signing-key-that-is-long-enough-0123456789");
        builder.UseSetting("DirectLine:AllowedOrigins:0", AllowedOrigin);
        builder.UseSetting("DirectLine:MaxActivitiesPerMinute", RateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DirectLine:MaxActivityBytes", MaxActivityBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("DirectLine:KeepAliveInterval", "00:00:01");
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
    }
}
