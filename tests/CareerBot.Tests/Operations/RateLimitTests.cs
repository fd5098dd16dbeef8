using System.Net;

namespace CareerBot.Tests.Operations;

/// <summary>Rate limits: a flood of one conversation meets 429 with Retry-After (never a 5xx) while other
/// conversations go on; the per-IP limit is off by default and, when on, spares the health probes.</summary>
public sealed class RateLimitTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public RateLimitTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task A_flood_of_sixty_messages_in_one_conversation_is_limited_and_others_are_not()
    {
        using var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;

        var flood = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            var message = BotClient.Message($"What is the salary with {i % 20} years?", "conv-flood");
            message["deliveryMode"] = "expectReplies";
            using var response = await BotClient.PostAsync(client, message);
            return (response.StatusCode, response.Headers.RetryAfter?.Delta);
        }));
        statuses.AddRange(flood.Select(f => f.StatusCode));
        retryAfter = flood.FirstOrDefault(f => f.StatusCode == HttpStatusCode.TooManyRequests).Delta;

        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"unexpected {status}"));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(retryAfter > TimeSpan.Zero);
        Assert.NotEmpty(await BotClient.ExpectRepliesAsync(client, BotClient.Message("What are the missions?", "conv-calm")));
    }

    [Fact]
    public async Task The_per_ip_limit_is_off_by_default_and_when_on_spares_health_probes()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 40; i++)
        {
            using var page = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:ClientIpPermitLimit", "5"));
        using var limitedClient = limited.CreateClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            using var response = await BotClient.PostAsync(limitedClient, BotClient.Message("hello", $"conv-ip-{i}"));
            codes.Add(response.StatusCode);
        }

        using var probe = await limitedClient.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var rejected = await BotClient.PostAsync(limitedClient, BotClient.Message("hello", "conv-ip-last"));

        Assert.Equal(5, codes.Count(c => c == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, codes[^1]);
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.NotNull(rejected.Headers.RetryAfter);
        Assert.Contains("TooManyRequests", await rejected.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
