using System.Net;
using CareerBot.Tests.DirectLine;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.Operations;

/// <summary>Behind a reverse proxy listed in ForwardedHeaders:KnownProxies, the client is the address the proxy
/// forwards (so that visitors behind it do not share one budget), and no one else's forwarded header is believed.</summary>
public sealed class TrustedProxiesTests : IClassFixture<DirectLineFactory>
{
    private const string Proxy = "10.0.0.5";
    private readonly WebApplicationFactory<Program> factory;

    public TrustedProxiesTests(DirectLineFactory factory)
    {
        this.factory = factory.WithWebHostBuilder(builder =>
        {
            ClientAddresses.Use(builder);
            builder.UseSetting("DirectLine:MaxConversationStartsPerClient", "2");
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", Proxy);
        });
    }

    [Fact]
    public async Task Visitors_behind_the_trusted_proxy_each_have_their_budget()
    {
        using var client = factory.CreateClient();

        var first = await TokensAsync(client, Proxy, "198.51.100.1", 3);
        var second = await TokensAsync(client, Proxy, "198.51.100.2", 2);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task A_sender_that_is_not_the_proxy_cannot_claim_another_address()
    {
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.AddRange(await TokensAsync(client, "203.0.113.9", $"198.51.100.{100 + i}", 1));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static async Task<List<HttpStatusCode>> TokensAsync(HttpClient client, string sender, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = ClientAddresses.From(sender, HttpMethod.Post, "/api/webchat/token");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
