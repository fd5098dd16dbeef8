using CareerBot.BotFramework.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>UserAssignedMSI against a fake App Service managed identity endpoint (MSAL finds it through the
/// <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c> environment variables, which only this test sets).</summary>
public sealed class ManagedIdentityTokenTests
{
    [Fact]
    public async Task UserAssignedMSI_asks_the_managed_identity_endpoint_for_the_bot_app_id_and_the_connector_resource()
    {
        await using var identity = await FakeServer.StartAsync((context, number) => context.Response.WriteAsJsonAsync(new Dictionary<string, string>
        {
            ["access_token"] = $"mi-token-{number}",
            ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["resource"] = "https://api.botframework.com",
            ["token_type"] = "Bearer",
        }));
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", identity.Url + "msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "identity-header-secret");
        try
        {
            using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["MicrosoftAppId"] = "msi-client-id",
                ["MicrosoftAppTenantId"] = "tenant-1",
                ["Connector:AllowedServiceUrls:0"] = connector.Url,
            });

            Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None)).Outcome);
            Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(connector.Url), CancellationToken.None)).Outcome);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", null);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", null);
        }

        var request = Assert.Single(identity.Received);
        Assert.Equal("/msi/token", request.Path);
        Assert.Equal("identity-header-secret", request.Headers["X-IDENTITY-HEADER"]);
        var query = QueryHelpers.ParseQuery(request.Query);
        Assert.Equal("https://api.botframework.com", query["resource"].ToString());
        Assert.Equal("msi-client-id", query["client_id"].ToString());
        Assert.Equal(["Bearer mi-token-1", "Bearer mi-token-1"], connector.Received.Select(received => received.Authorization));
    }
}
