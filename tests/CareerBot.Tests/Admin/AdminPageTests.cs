using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using static CareerBot.Tests.Admin.AdminClient;

namespace CareerBot.Tests.Admin;

/// <summary>What the operator page shows: turns per minute, latency percentiles, the intent mix, the fallback rate
/// and what CareerBot could not answer, as SVG charts with titles, axes and values, and the same figures as JSON.</summary>
public sealed partial class AdminPageTests : IClassFixture<AdminFactory>
{
    private readonly AdminFactory factory;

    public AdminPageTests(AdminFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_charts_show_the_turns_recorded_through_the_apps_instruments()
    {
        using var client = factory.CreateClient();
        factory.Time.Advance(TimeSpan.FromMinutes(61)); // a fresh hour: nothing recorded yet in this window
        using (var instruments = new TestInstruments())
        {
            for (var i = 0; i < 4; i++)
            {
                instruments.Turn("salary", "answered", 0.020 + (i * 0.010));
            }

            factory.Time.Advance(TimeSpan.FromMinutes(1));
            instruments.Turn("salary", "asked", 0.015, channel: "webchat", language: "fr");
            instruments.Turn("out-of-scope-country", "fallback", 0.012);
            instruments.Turn("out-of-scope-country", "fallback", 0.013);
            instruments.Turn("fallback", "fallback", 0.300);
            instruments.Rejection("conversation");
        }

        var stats = await StatsAsync(client);
        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(8, stats.GetProperty("turns").GetInt64());
        Assert.Equal(3, stats.GetProperty("fallbacks").GetInt64());
        Assert.Equal(3 / 8.0, stats.GetProperty("fallbackRate").GetDouble(), 6);
        Assert.Equal(60, stats.GetProperty("minutes").GetArrayLength());
        var minutes = stats.GetProperty("minutes").EnumerateArray().ToArray();
        Assert.Equal(4, minutes[^2].GetProperty("turns").GetInt64());
        Assert.Equal(4, minutes[^1].GetProperty("turns").GetInt64());
        Assert.Equal(0.75, minutes[^1].GetProperty("fallbackRate").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, minutes[0].GetProperty("fallbackRate").ValueKind);
        Assert.Equal(5, Count(stats, "intents", "salary"));
        Assert.Equal(2, Count(stats, "unanswered", "out-of-scope-country"));
        Assert.Equal(1, Count(stats, "unanswered", "fallback"));
        Assert.Equal(0, Count(stats, "unanswered", "salary"));
        Assert.Equal(1, Count(stats, "rateLimitRejections", "conversation"));
        Assert.Equal(1, Count(stats, "channels", "webchat"));
        Assert.Equal(1, Count(stats, "languages", "fr"));
        var latency = stats.GetProperty("latency");
        Assert.Equal(8, latency.GetProperty("count").GetInt64());
        Assert.InRange(latency.GetProperty("p50Ms").GetDouble(), 12, 30);
        Assert.Equal(300, latency.GetProperty("p99Ms").GetDouble(), 3);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var chart in new[] { "chart-turns", "chart-latency", "chart-intents", "chart-fallback", "chart-unanswered", "chart-channels", "chart-languages" })
        {
            Assert.Contains($"<svg id=\"{chart}\" class=\"chart ", html, StringComparison.Ordinal);
            Assert.Contains($"role=\"img\" aria-labelledby=\"{chart}-title {chart}-desc\"><title id=\"{chart}-title\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(2, Columns().Count(html));
        Assert.Contains("class=\"bar o-answered\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"bar o-fallback\"", html, StringComparison.Ordinal);
        Assert.Contains("<path class=\"slice c0\" data-value=\"5\"", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Another country\" data-value=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Not understood\" data-value=\"1\"", html, StringComparison.Ordinal);
        Assert.Contains("<g class=\"series l-p99\" data-series=\"p99\"><path class=\"line\"", html, StringComparison.Ordinal);
        Assert.Contains(">Time (UTC)</text>", html, StringComparison.Ordinal);
        Assert.Contains(">Duration</text>", html, StringComparison.Ordinal);
        Assert.Contains(">hour: 38%</text>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tile-value\">8</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tile-value\">38%</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_turns_through_the_messaging_endpoint_move_the_figures_but_never_show_their_words()
    {
        using var client = factory.CreateClient();
        factory.Time.Advance(TimeSpan.FromMinutes(61));

        await BotClient.ExpectRepliesAsync(client, BotClient.Message("salary with 7 years of experience", conversationId: "admin-real-1"));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("How much does a data scientist earn?", conversationId: "admin-real-2"));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("quel temps fait-il ?", conversationId: "admin-real-3", locale: "fr-FR"));

        var stats = await StatsAsync(client);
        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(3, stats.GetProperty("turns").GetInt64());
        Assert.Equal(3, Count(stats, "channels", "msteams"));
        Assert.Equal(1, Count(stats, "intents", "salary"));
        Assert.Equal(1, Count(stats, "outcomes", "answered"));
        Assert.Equal(1, Count(stats, "unanswered", "out-of-scope-role"));
        Assert.Equal(1, Count(stats, "unanswered", "fallback"));
        Assert.Equal(1, Count(stats, "languages", "fr"));
        Assert.Equal(3, stats.GetProperty("latency").GetProperty("count").GetInt64());
        Assert.True(stats.GetProperty("recognition").GetProperty("count").GetInt64() >= 3);
        Assert.Contains("data-label=\"Another role\" data-value=\"1\"", html, StringComparison.Ordinal);
        foreach (var words in new[] { "data scientist", "quel temps", "7 years" })
        {
            Assert.DoesNotContain(words, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(words, stats.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Tag_values_that_are_not_normalised_names_never_reach_the_page()
    {
        using var client = factory.CreateClient();
        const string words = "What is the salary of a plumber in Berlin";
        using (var instruments = new TestInstruments())
        {
            instruments.Turn(words, "fallback", 0.01, channel: "<script>alert(1)</script>");
        }

        var stats = await StatsAsync(client);
        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(Count(stats, "unanswered", "other") >= 1);
        Assert.DoesNotContain("plumber", stats.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("plumber", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_the_connector_refused_for_good_is_shown_with_its_reason()
    {
        await using var connector = await CareerBot.BotFramework.Tests.Connector.FakeServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
        using var client = factory.CreateClient();

        using var turn = await BotClient.PostAsync(client, BotClient.Message("what are the missions?", "conv-lost-reply", serviceUrl: connector.Url));

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        JsonElement refused = default;
        for (var i = 0; i < 200; i++)
        {
            var undelivered = (await StatsAsync(client)).GetProperty("undeliveredReplies");
            refused = undelivered.EnumerateArray().FirstOrDefault(r => r.GetProperty("name").GetString() == "refused");
            if (refused.ValueKind == JsonValueKind.Object)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.True(refused.GetProperty("count").GetInt64() >= 1);
        using var page = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("id=\"tile-undelivered\"", html, StringComparison.Ordinal);
        Assert.Contains("refused ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_turn_in_the_hour_the_charts_say_so()
    {
        using var client = factory.CreateClient();
        factory.Time.Advance(TimeSpan.FromMinutes(61));

        var stats = await StatsAsync(client);
        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(0, stats.GetProperty("turns").GetInt64());
        Assert.Equal(JsonValueKind.Null, stats.GetProperty("fallbackRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, stats.GetProperty("latency").GetProperty("p50Ms").ValueKind);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(">No turns in the last hour</text>", html, StringComparison.Ordinal);
        Assert.Contains(">Every turn of the last hour was answered</text>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tile-value\">—</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_a_document_with_a_language_a_title_headings_and_a_sign_out()
    {
        using var client = factory.CreateClient();

        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Matches("<title>CareerBot (·|&#183;) Operator page</title>", html);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "Turns per minute", "Latency", "Intent mix", "Fallback rate", "What it could not answer" })
        {
            Assert.Contains($"\">{heading}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("action=\"/admin/logout\"", html, StringComparison.Ordinal);
        Assert.Contains("data-refresh=\"30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_refreshes_from_its_main_part_alone_which_needs_the_key_too()
    {
        using var client = factory.CreateClient();

        using var part = await GetWithKeyAsync(client, "/admin?part=main", AdminFactory.Key);
        using var anonymous = await client.GetAsync("/admin?part=main");

        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        var html = await part.Content.ReadAsStringAsync();
        Assert.StartsWith("<main id=\"dashboard\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</main>", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-turns\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static long Count(JsonElement stats, string property, string name) =>
        stats.GetProperty(property).EnumerateArray().Where(c => c.GetProperty("name").GetString() == name).Select(c => c.GetProperty("count").GetInt64()).SingleOrDefault();

    [GeneratedRegex("<g class=\"column\"")]
    private static partial Regex Columns();
}
