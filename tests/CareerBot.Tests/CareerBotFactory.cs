using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests;

/// <summary>CareerBot in a test host, keeping conversations in memory: each test host starts with none, and nothing
/// is left on disk (the app's default, a SQLite file, would carry conversations from one test run to the next).</summary>
public class CareerBotFactory : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Storage:Provider", "Memory");
    }
}
