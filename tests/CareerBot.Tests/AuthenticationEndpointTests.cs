using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Tests.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests;

/// <summary>The authentication contract of POST /api/messages: tokens checked before the turn runs, 401 with a JSON
/// error otherwise, and credentials that cannot work stopping start-up.</summary>
[Collection(HostConfigurationCollection.Name)]
public sealed class AuthenticationEndpointTests : IClassFixture<AuthenticatedBot>, IClassFixture<CareerBotFactory>
{
    private const string ServiceUrl = TestTokens.ServiceUrl;
    private readonly AuthenticatedBot bot;
    private readonly CareerBotFactory anonymous;

    public AuthenticationEndpointTests(AuthenticatedBot bot, CareerBotFactory anonymous)
    {
        this.bot = bot;
        this.anonymous = anonymous;
    }

    [Fact]
    public async Task A_channel_token_lets_the_turn_run()
    {
        using var client = bot.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(bot.Provider.ChannelKey, TestTokens.ChannelClaims()));

        var replies = await BotClient.ExpectRepliesAsync(client, BotClient.Message("salary with 7 years of experience", serviceUrl: ServiceUrl));

        Assert.Contains("€59,000–€73,000", Assert.Single(replies).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_emulator_token_lets_the_turn_run()
    {
        using var client = bot.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Sign(bot.Provider.EmulatorKey, TestTokens.EmulatorV2Claims()));
        var message = BotClient.Message("what are the career paths?", serviceUrl: "http://localhost:50123");
        message["channelId"] = "emulator";

        var replies = await BotClient.ExpectRepliesAsync(client, message);

        Assert.Single(replies);
    }

    [Theory]
    [InlineData("no header")]
    [InlineData("Basic scheme")]
    [InlineData("garbage")]
    [InlineData("wrong audience")]
    [InlineData("mismatched serviceurl")]
    [InlineData("alg none")]
    [InlineData("expired")]
    [InlineData("tenant not allowed")]
    public async Task A_request_without_a_valid_token_is_401_with_a_json_error(string name)
    {
        using var client = bot.Factory.CreateClient();
        var claims = TestTokens.ChannelClaims();
        var message = BotClient.Message("hello", serviceUrl: ServiceUrl);
        client.DefaultRequestHeaders.Authorization = name switch
        {
            "no header" => null,
            "Basic scheme" => new AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz"),
            "garbage" => new AuthenticationHeaderValue("Bearer", "garbage"),
            "wrong audience" => Bearer(bot.Provider.ChannelKey, claims, "aud", TestTokens.OtherAppId),
            "mismatched serviceurl" => Bearer(bot.Provider.ChannelKey, claims, "serviceurl", "https://smba.trafficmanager.net/amer/"),
            "alg none" => new AuthenticationHeaderValue("Bearer", TestTokens.AlgNone(claims, bot.Provider.ChannelKey.Kid)),
            "expired" => new AuthenticationHeaderValue("Bearer", TestTokens.Sign(bot.Provider.ChannelKey, TestTokens.WithLifetime(claims, TimeSpan.FromHours(-2), TimeSpan.FromHours(-1)))),
            _ => new AuthenticationHeaderValue("Bearer", TestTokens.Sign(bot.Provider.ChannelKey, claims)),
        };
        if (name == "tenant not allowed")
        {
            message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-2" } };
        }

        using var response = await BotClient.PostAsync(client, message);

        await AssertUnauthorizedAsync(response);
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Anonymous_mode_still_refuses_a_header_that_is_present(string header)
    {
        using var client = anonymous.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        using var response = await BotClient.PostAsync(client, BotClient.Message("hello"));

        await AssertUnauthorizedAsync(response);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", "", "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", "secret", "5f7e0c3a-2222-4b1d-9c8e-7f6a5b4c3d2e", "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "", "", "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", "", "", "MicrosoftAppPassword")]
    [InlineData("Federated", "secret", "", "MicrosoftAppType")]
    public void Inconsistent_credentials_stop_start_up_naming_the_key(string appType, string password, string tenant, string key)
    {
        // The host's start-up validators, as the app registers them (WebApplicationFactory would race with the
        // failing host and can hide its exception behind an ObjectDisposedException).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();

        var exception = Record.Exception(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.True(exception is not null, "The credentials were accepted.");
        Assert.True(exception.ToString().Contains(key, StringComparison.Ordinal), exception.ToString());
    }

    private static AuthenticationHeaderValue Bearer(TestKey key, JsonObject claims, string claim, string value)
    {
        claims[claim] = value;
        return new AuthenticationHeaderValue("Bearer", TestTokens.Sign(key, claims));
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error");
        Assert.Equal("Unauthorized", error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
