using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.DirectLine;

/// <summary>What one anonymous web visitor can cost: a flood of Web Chat tokens or conversation starts from one address
/// leaves Web Chat open to the others; what it posts is bounded in size and number of turns.</summary>
public sealed class VisitorLimitsTests : IClassFixture<DirectLineFactory>
{
    private const int StartsPerClient = 6;

    private readonly WebApplicationFactory<Program> factory;

    public VisitorLimitsTests(DirectLineFactory factory)
    {
        this.factory = factory.WithWebHostBuilder(builder =>
        {
            ClientAddresses.Use(builder);
            builder.UseSetting("DirectLine:MaxConversationStartsPerClient", StartsPerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public async Task A_flood_of_web_chat_tokens_from_one_address_is_refused_and_others_still_get_theirs()
    {
        // Today: no limit, and ~10,000 tokens in 11 s closed Web Chat to every new visitor for an hour.
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < StartsPerClient + 4; i++)
        {
            using var response = await client.SendAsync(ClientAddresses.From("203.0.113.7", HttpMethod.Post, "/api/webchat/token"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
                Assert.Equal("TooManyRequests", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
            }
        }

        using var other = await client.SendAsync(ClientAddresses.From("198.51.100.20", HttpMethod.Post, "/api/webchat/token"));

        Assert.Equal(StartsPerClient, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Conversation_starts_share_the_address_budget_and_an_IPv6_client_is_its_64_prefix()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < StartsPerClient + 2; i++)
        {
            // Each from another address of the same /64: one client.
            using var token = await client.SendAsync(ClientAddresses.From($"2001:db8:1:2::{i + 1:x}", HttpMethod.Post, "/api/webchat/token"));
            statuses.Add(token.StatusCode);
        }

        Assert.Equal(StartsPerClient, statuses.Count(s => s == HttpStatusCode.OK));
        using var elsewhere = await client.SendAsync(ClientAddresses.From("2001:db8:1:3::1", HttpMethod.Post, "/api/webchat/token"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }

    [Fact]
    public async Task The_holder_of_the_secret_is_no_visitor_and_is_not_limited()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < StartsPerClient + 3; i++)
        {
            using var request = ClientAddresses.From("203.0.113.50", HttpMethod.Post, "/v3/directline/conversations");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DirectLineFactory.Secret);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_forwarded_for_header_from_an_untrusted_sender_changes_nothing()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < StartsPerClient + 2; i++)
        {
            using var request = ClientAddresses.From("203.0.113.99", HttpMethod.Post, "/api/webchat/token");
            request.Headers.Add("X-Forwarded-For", $"192.0.2.{i + 1}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task An_update_adding_thousands_of_members_runs_a_handful_of_turns()
    {
        // Today: 4,000 members in one 59 KB post ran 4,000 turns.
        using var client = factory.CreateClient();
        var (conversationId, token) = await DirectLineClient.StartAsync(client);
        var (_, watermark) = await DirectLineClient.GetAsync(client, conversationId, token);

        using var response = await DirectLineClient.SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["from"] = new JsonObject { ["id"] = "dl_x" },
            ["membersAdded"] = new JsonArray([.. Enumerable.Range(0, 200).Select(i => (JsonNode)new JsonObject { ["id"] = $"m{i}" })]),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (after, _) = await DirectLineClient.GetAsync(client, conversationId, token, watermark);
        var welcomes = after.Count(a => a.GetProperty("from").GetProperty("role").GetString() == "bot" && a.GetProperty("type").GetString() == "message");
        Assert.InRange(welcomes, 1, 3);
    }

    [Theory]
    [InlineData("from", "name", 300)]
    [InlineData("", "locale", 100)]
    [InlineData("", "type", 100)]
    public async Task An_activity_with_an_overlong_field_is_400(string parent, string field, int length)
    {
        using var client = factory.CreateClient();
        var (conversationId, token) = await DirectLineClient.StartAsync(client);
        var activity = new JsonObject { ["type"] = "message", ["text"] = "hello", ["from"] = new JsonObject { ["id"] = "dl_x" } };
        var target = parent.Length == 0 ? activity : (JsonObject)activity[parent]!;
        target[field] = new string('x', length);

        using var response = await DirectLineClient.SendAsync(client, HttpMethod.Post, $"/conversations/{conversationId}/activities", token, activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("message").GetString();
        Assert.Contains(field, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_is_400_without_the_parser_internals()
    {
        using var client = factory.CreateClient();
        var (conversationId, token) = await DirectLineClient.StartAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent("{\"type\":\"message\",\"text\":[1,2", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("System.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("CareerBot.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/webchat/token")]
    [InlineData("/v3/directline/conversations")]
    public async Task An_odd_host_header_is_400_not_500(string path)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.TryAddWithoutValidation("Host", "exa mple:99999");
        if (path.StartsWith("/v3", StringComparison.Ordinal))
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", DirectLineFactory.Secret);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
