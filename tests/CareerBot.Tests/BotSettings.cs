using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace CareerBot.Tests;

/// <summary>Overrides configuration keys of the app under test (after appsettings.json, so they win).</summary>
public static class BotSettings
{
    public static WebApplicationFactory<Program> With(WebApplicationFactory<Program> factory, Dictionary<string, string?> settings) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings)));
}
