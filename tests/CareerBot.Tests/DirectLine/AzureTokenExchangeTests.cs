using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.DirectLine;

/// <summary>With <c>DirectLine:AzureSecret</c>, /api/webchat/token exchanges the secret with Azure's Direct Line (a fake on
/// loopback here) and points the page at Azure; the secret never reaches the browser.</summary>
public sealed class AzureTokenExchangeTests
{
    [Fact]
    public async Task The_page_gets_azures_token_and_domain_and_azure_gets_the_secret_and_a_dl_user()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var factory = WithAzure(azure.Endpoint, FakeAzureDirectLine.Secret);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/webchat/token", content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("azure-token", body.GetProperty("token").GetString());
        Assert.Equal("azure-conversation", body.GetProperty("conversationId").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(azure.Endpoint, body.GetProperty("domain").GetString());
        Assert.DoesNotContain(FakeAzureDirectLine.Secret, body.GetRawText(), StringComparison.Ordinal);
        var (authorization, request) = Assert.Single(azure.Received);
        Assert.Equal("Bearer " + FakeAzureDirectLine.Secret, authorization);
        Assert.Equal(body.GetProperty("userId").GetString(), request.GetProperty("user").GetProperty("id").GetString());
        Assert.StartsWith("dl_", body.GetProperty("userId").GetString(), StringComparison.Ordinal);

        // Azure keeps the conversations: the page neither resumes them nor renews their tokens (Web Chat does).
        Assert.False(body.GetProperty("resume").GetBoolean());
        Assert.False(body.GetProperty("renewable").GetBoolean());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task When_azure_refuses_or_cannot_be_reached_the_page_gets_502()
    {
        await using var azure = await FakeAzureDirectLine.StartAsync();
        await using var refused = WithAzure(azure.Endpoint, "wrong-secret");
        using var refusedClient = refused.CreateClient();
        using var refusedResponse = await refusedClient.PostAsync("/api/webchat/token", content: null);
        Assert.Equal(HttpStatusCode.BadGateway, refusedResponse.StatusCode);

        await using var unreachable = WithAzure("http://127.0.0.1:1/v3/directline", FakeAzureDirectLine.Secret);
        using var unreachableClient = unreachable.CreateClient();
        using var unreachableResponse = await unreachableClient.PostAsync("/api/webchat/token", content: null);
        Assert.Equal(HttpStatusCode.BadGateway, unreachableResponse.StatusCode);
    }

    private static WebApplicationFactory<Program> WithAzure(string endpoint, string secret) =>
        new CareerBotFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("DirectLine:AzureSecret", secret);
            builder.UseSetting("DirectLine:AzureEndpoint", endpoint);
        });
}
