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

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(-62_135_596_801)]
    [InlineData(253_402_300_800)]
    public async Task A_signed_token_whose_expiry_no_date_can_hold_is_403_not_500(long exp)
    {
        // Signed with the configured key (as anyone who holds it could): the expiry is out of DateTimeOffset's range.
        using var client = factory.CreateClient();
        var token = Sign($$"""{"conv":"c-1","user":"dl_u","exp":{{exp}},"jti":"x"}""");

        using var response = await SendAsync(client, HttpMethod.Get, "/conversations/c-1/activities", token);

        Assert.Equal("BadArgument", await AssertErrorAsync(response, HttpStatusCode.Forbidden));
    }

    private static string Sign(string payload)
    {
        var body = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(payload));
        var signature = System.Security.Cryptography.HMACSHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("a-test-signing-key-that-is-long-enough-0123456789"), System.Text.Encoding.UTF8.GetBytes(body));
        return body + "." + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(signature);
    }
}
