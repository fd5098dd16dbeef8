using CareerBot.BotFramework.Tests.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests;

/// <summary>CareerBot configured with an app id, trusting the keys of a test OpenID provider, and restricted to
/// tenant-1 (the tenant of <see cref="BotClient.Message"/>).</summary>
public sealed class AuthenticatedBot : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    public TestOpenIdProvider Provider { get; } = new();

    public WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        await Provider.InitializeAsync();
        factory = BotSettings.With(new CareerBotFactory(), new()
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = Provider.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = Provider.EmulatorMetadataUrl,
            ["OpenIdMetadataRefreshInterval"] = "00:00:00",
            ["AllowedTenants:0"] = "tenant-1",
        });
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await Provider.DisposeAsync();
    }
}
