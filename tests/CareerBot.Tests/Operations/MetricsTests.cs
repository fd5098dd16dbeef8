using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace CareerBot.Tests.Operations;

/// <summary>/metrics, in Prometheus text: a turn moves the turn counter and the turn-duration histogram, with
/// normalised tags only (a channel id nobody knows becomes "other"; no text, no id).</summary>
public sealed partial class MetricsTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public MetricsTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task A_turn_moves_the_turn_counter_and_the_duration_histogram()
    {
        using var client = factory.CreateClient();
        const string series = "careerbot_channel=\"msteams\",careerbot_intent=\"missions\",careerbot_language=\"en\",careerbot_outcome=\"answered\"";
        var before = await ScrapeAsync(client);

        await BotClient.ExpectRepliesAsync(client, BotClient.Message("What are the missions?", "conv-metrics-1"));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("What are the missions?", "conv-metrics-2"));
        var after = await ScrapeAsync(client);

        Assert.Equal(Value(before, "careerbot_turns_total", series) + 2, Value(after, "careerbot_turns_total", series));
        Assert.Equal(Value(before, "careerbot_turn_duration_seconds_count", series) + 2, Value(after, "careerbot_turn_duration_seconds_count", series));
        Assert.True(Value(after, "careerbot_turn_duration_seconds_sum", series) > Value(before, "careerbot_turn_duration_seconds_sum", series));
        Assert.True(Value(after, "careerbot_recognition_duration_seconds_count", "careerbot_language=\"en\"") >= 2);
    }

    [Fact]
    public async Task Tags_never_carry_what_a_client_sent()
    {
        using var client = factory.CreateClient();
        var message = BotClient.Message("My secret question about Mars", "conv-metrics-secret");
        message["channelId"] = "channel-" + Guid.NewGuid().ToString("N");

        await BotClient.ExpectRepliesAsync(client, message);
        var text = await ScrapeAsync(client);

        Assert.Contains("careerbot_channel=\"other\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain((string)message["channelId"]!, text, StringComparison.Ordinal);
        Assert.DoesNotContain("conv-metrics-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mars", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_runtimes_memory_figures_are_scraped_beside_the_bots()
    {
        using var client = factory.CreateClient();
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("What are the missions?", "conv-metrics-runtime"));

        var text = await ScrapeAsync(client);

        Assert.True(Value(text, "dotnet_process_memory_working_set_bytes", "") > 0);
        Assert.Contains("dotnet_gc_heap_total_allocated_bytes_total", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_last_collection_memory_committed_size_bytes", text, StringComparison.Ordinal);
    }

    private static async Task<string> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return await response.Content.ReadAsStringAsync();
    }

    private static double Value(string scrape, string metric, string labels)
    {
        foreach (var line in scrape.Split('\n'))
        {
            var match = Sample().Match(line);
            if (match.Success && match.Groups["name"].Value == metric && match.Groups["labels"].Value.Contains(labels, StringComparison.Ordinal))
            {
                return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)")]
    private static partial Regex Sample();
}
