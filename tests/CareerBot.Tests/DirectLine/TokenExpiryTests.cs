using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static CareerBot.Tests.DirectLine.DirectLineClient;

namespace CareerBot.Tests.DirectLine;

/// <summary>Tokens expire after 30 minutes; a token refreshed before then lives on. (Own factory: the test moves its clock.)</summary>
public sealed class TokenExpiryTests : IClassFixture<DirectLineFactory>
{
    private readonly DirectLineFactory factory;

    public TokenExpiryTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task An_expired_token_is_403_everywhere_and_a_token_refreshed_in_time_still_works()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);

        factory.Time.Advance(TimeSpan.FromMinutes(20));
        using var refresh = await SendAsync(client, HttpMethod.Post, "/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        factory.Time.Advance(TimeSpan.FromMinutes(11));
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, $"/conversations/{id}/activities"),
            (HttpMethod.Get, $"/conversations/{id}"),
            (HttpMethod.Post, "/conversations"),
            (HttpMethod.Post, "/tokens/refresh"),
        })
        {
            using var expired = await SendAsync(client, method, path, token);
            Assert.Equal("TokenExpired", await AssertErrorAsync(expired, HttpStatusCode.Forbidden));
        }

        Assert.Single((await GetAsync(client, id, refreshed)).Activities);
    }
}
