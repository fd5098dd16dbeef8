using CareerBot.BotFramework.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>The bot's bearer token, from MSAL pointed at a fake https token endpoint (<c>ToChannelFromBotLoginUrl</c>).</summary>
public sealed class ConnectorTokenTests
{
    [Fact]
    public async Task MultiTenant_gets_a_token_from_the_botframework_tenant_attaches_it_and_reuses_it()
    {
        await using var login = await StartTokenEndpointAsync(expiresInSeconds: 3600);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(Credentials(login, connector, new()
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["ToChannelFromBotOAuthScope"] = "https://api.example.test/.default",
        }));

        Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector)), CancellationToken.None)).Outcome);
        Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector)), CancellationToken.None)).Outcome);

        var tokenRequest = Assert.Single(login.Received);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", tokenRequest.Path);
        var form = QueryHelpers.ParseQuery(tokenRequest.Body);
        Assert.Equal("client_credentials", form["grant_type"].ToString());
        Assert.Equal("app-id", form["client_id"].ToString());
        Assert.Equal("app-secret", form["client_secret"].ToString());
        Assert.Equal("https://api.example.test/.default", form["scope"].ToString());
        Assert.Equal(["Bearer token-1", "Bearer token-1"], connector.Received.Select(request => request.Authorization));
    }

    [Fact]
    public async Task SingleTenant_uses_the_tenant_authority_and_the_Bot_Framework_scope_by_default()
    {
        await using var login = await StartTokenEndpointAsync(expiresInSeconds: 3600);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(Credentials(login, connector, new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
        }));

        Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector)), CancellationToken.None)).Outcome);

        var tokenRequest = Assert.Single(login.Received);
        Assert.Equal("/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token", tokenRequest.Path);
        Assert.Equal("https://api.botframework.com/.default", QueryHelpers.ParseQuery(tokenRequest.Body)["scope"].ToString());
        Assert.Equal("Bearer token-1", Assert.Single(connector.Received).Authorization);
    }

    [Fact]
    public async Task A_token_about_to_expire_is_renewed_before_the_next_call()
    {
        // MSAL treats a token within five minutes of expiry as expired.
        await using var login = await StartTokenEndpointAsync(expiresInSeconds: 120);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(Credentials(login, connector, []));

        Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector)), CancellationToken.None)).Outcome);
        Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector)), CancellationToken.None)).Outcome);

        Assert.Equal(2, login.Received.Count);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], connector.Received.Select(request => request.Authorization));
    }

    [Fact]
    public async Task Anonymous_mode_sends_no_authorization_header_and_asks_for_no_token()
    {
        await using var login = await StartTokenEndpointAsync(expiresInSeconds: 3600);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["ToChannelFromBotLoginUrl"] = login.Url,
        });

        Assert.Equal(ConnectorOutcome.Delivered, (await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector)), CancellationToken.None)).Outcome);

        Assert.Equal(string.Empty, Assert.Single(connector.Received).Authorization);
        Assert.Empty(login.Received);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://user:pass@smba.trafficmanager.net/")]
    [InlineData("not a url")]
    public async Task A_service_url_that_is_no_http_url_gets_no_call_and_no_token_request(string serviceUrl)
    {
        // Which service URLs are allowed is decided when the turn comes in (ServiceUrlPolicy); the client only refuses
        // what is not a URL it can post to.
        await using var login = await StartTokenEndpointAsync(expiresInSeconds: 3600);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(Credentials(login, connector, []));

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(serviceUrl, "conv-ssrf"), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.GiveUp, ConnectorReasons.ServiceUrlRefused), (attempt.Outcome, attempt.Reason));
        Assert.Empty(connector.Received);
        Assert.Empty(login.Received);
    }

    [Fact]
    public async Task A_reply_over_100_KB_gets_no_token_request_either()
    {
        await using var login = await StartTokenEndpointAsync(expiresInSeconds: 3600);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(Credentials(login, connector, []));

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector), "conv-large", new string('x', 101 * 1024)), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.GiveUp, ConnectorReasons.TooLarge), (attempt.Outcome, attempt.Reason));

        Assert.Empty(connector.Received);
        Assert.Empty(login.Received);
    }

    [Fact]
    public async Task A_refused_token_request_means_no_call_a_logged_warning_and_another_attempt_later()
    {
        await using var login = await FakeServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return context.Response.WriteAsJsonAsync(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." });
        }, LoopbackCertificate.Instance);
        await using var connector = await FakeServer.StartAsync((context, _) => ConnectorClientTests.Created(context));
        using var harness = ConnectorHarness.Create(Credentials(login, connector, []));

        var attempt = await harness.Client.SendAsync(ConnectorHarness.Reply(Allowed(connector), "conv-no-token"), CancellationToken.None);

        Assert.Equal((ConnectorOutcome.Retry, ConnectorReasons.NoToken), (attempt.Outcome, attempt.Reason));
        Assert.Empty(connector.Received);
        Assert.Contains("No token", Assert.Single(harness.ProblemsWith("conv-no-token")).Message, StringComparison.Ordinal);
    }

    private static string Allowed(FakeServer connector) => connector.Url + "allowed/";

    private static Dictionary<string, string?> Credentials(FakeServer login, FakeServer connector, Dictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "app-secret",
            ["ToChannelFromBotLoginUrl"] = login.Url,
            ["Connector:AllowedServiceUrls:0"] = Allowed(connector),
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return all;
    }

    private static Task<FakeServer> StartTokenEndpointAsync(int expiresInSeconds) => FakeServer.StartAsync((context, number) =>
        context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresInSeconds,
            ["ext_expires_in"] = expiresInSeconds,
            ["access_token"] = $"token-{number}",
        }), LoopbackCertificate.Instance);
}
