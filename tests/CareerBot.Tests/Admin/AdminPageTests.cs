using System.Net;
using System.Text.Json;
using CareerBot.Conversation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static CareerBot.Tests.Admin.AdminClient;

namespace CareerBot.Tests.Admin;

/// <summary>What the operator page shows: its frame (a canvas per chart, named and described, the "what to fix" panel)
/// and the report it renders from <c>/admin/api/stats</c>: turns per minute, latency percentiles, the intent mix, the
/// fallback rate, what CareerBot could not answer (per language too), the disliked answers and the content status.</summary>
public sealed class AdminPageTests : IClassFixture<AdminFactory>
{
    private readonly AdminFactory factory;

    public AdminPageTests(AdminFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_report_counts_the_turns_recorded_through_the_apps_instruments()
    {
        using var client = Create(factory);
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
            instruments.Turn("out-of-scope-country", "fallback", 0.013, language: "fr");
            instruments.Turn("fallback", "fallback", 0.300);
            instruments.Rejection("conversation");
        }

        var stats = await StatsAsync(client);

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
        Assert.Equal(2, Count(stats, "languages", "fr"));
        var latency = stats.GetProperty("latency");
        Assert.Equal(8, latency.GetProperty("count").GetInt64());
        Assert.InRange(latency.GetProperty("p50Ms").GetDouble(), 12, 30);
        Assert.Equal(300, latency.GetProperty("p99Ms").GetDouble(), 3);

        var languages = stats.GetProperty("unansweredByLanguage").EnumerateArray().ToArray();
        Assert.Equal(["en", "fr"], languages.Select(l => l.GetProperty("language").GetString()));
        Assert.Equal(6, languages[0].GetProperty("turns").GetInt64());
        Assert.Equal(2, languages[0].GetProperty("fallbacks").GetInt64());
        Assert.Equal(1, Count(languages[0], "unanswered", "out-of-scope-country"));
        Assert.Equal(1, Count(languages[0], "unanswered", "fallback"));
        Assert.Equal(1, Count(languages[1], "unanswered", "out-of-scope-country"));
    }

    [Fact]
    public async Task The_page_is_a_document_whose_charts_are_canvases_named_and_described_for_screen_readers()
    {
        using var client = Create(factory);

        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>CareerBot &#xB7; Operator page</title>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "What to fix, per language", "Content", "Turns per minute", "Latency", "Intent mix", "Fallback rate", "What it could not answer", "Channels and languages" })
        {
            Assert.Contains($"\">{heading}</h2>", html, StringComparison.Ordinal);
        }

        foreach (var chart in new[] { "chart-turns", "chart-latency", "chart-intents", "chart-fallback", "chart-unanswered", "chart-channels", "chart-languages" })
        {
            Assert.Matches($"<canvas id=\"{chart}\" role=\"img\" aria-label=\"[^\"]{{20,}}\" aria-describedby=\"{chart}-desc\"></canvas>", html);
            Assert.Contains($"<p class=\"chart-desc\" id=\"{chart}-desc\">", html, StringComparison.Ordinal);
        }

        Assert.Contains("<table class=\"figures dislikes\" id=\"dislikes\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"unanswered-by-language\"", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/admin/logout\"><input type=\"hidden\" name=\"antiforgery\"", html, StringComparison.Ordinal);
        Assert.Contains("data-report=\"/admin/api/stats\" data-refresh=\"30\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Real_turns_through_the_messaging_endpoint_move_the_figures_but_never_show_their_words()
    {
        using var client = Create(factory);
        factory.Time.Advance(TimeSpan.FromMinutes(61));

        await BotClient.ExpectRepliesAsync(client, BotClient.Message("salary with 7 years of experience", conversationId: "admin-real-1"));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("How much does a data scientist earn?", conversationId: "admin-real-2"));
        await BotClient.ExpectRepliesAsync(client, BotClient.Message("quel temps fait-il ?", conversationId: "admin-real-3", locale: "fr-FR"));

        var report = await ReportAsync(client);
        var stats = report.GetProperty("stats");
        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(3, stats.GetProperty("turns").GetInt64());
        Assert.Equal(3, Count(stats, "channels", "msteams"));
        Assert.Equal(1, Count(stats, "intents", "salary"));
        Assert.Equal(1, Count(stats, "outcomes", "answered"));
        Assert.Equal(1, Count(stats, "unanswered", "out-of-scope-role"));
        Assert.Equal(1, Count(stats, "unanswered", "fallback"));
        Assert.Equal(1, Count(stats, "languages", "fr"));
        var french = stats.GetProperty("unansweredByLanguage").EnumerateArray().Single(l => l.GetProperty("language").GetString() == "fr");
        Assert.Equal(1, Count(french, "unanswered", "fallback"));
        Assert.Equal(3, stats.GetProperty("latency").GetProperty("count").GetInt64());
        Assert.True(stats.GetProperty("recognition").GetProperty("count").GetInt64() >= 3);
        Assert.Equal("Another role", report.GetProperty("labels").GetProperty("intents").GetProperty("out-of-scope-role").GetString());
        foreach (var words in new[] { "data scientist", "quel temps", "7 years" })
        {
            Assert.DoesNotContain(words, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(words, report.GetRawText(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Tag_values_that_are_not_normalised_names_never_reach_the_report()
    {
        using var client = Create(factory);
        const string words = "What is the salary of a plumber in Berlin";
        using (var instruments = new TestInstruments())
        {
            instruments.Turn(words, "fallback", 0.01, channel: "<script>alert(1)</script>");
        }

        var report = await ReportAsync(client);

        Assert.True(Count(report.GetProperty("stats"), "unanswered", "other") >= 1);
        Assert.DoesNotContain("plumber", report.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert", report.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disliked_answers_are_listed_most_recent_first_with_their_comment_handled_as_and_language()
    {
        using var client = Create(factory);
        var store = factory.Services.GetRequiredService<IFeedbackStore>();
        var now = factory.Time.GetUtcNow();
        const string hostile = "<img src=x onerror=alert(1)> the band is wrong & \"old\"";
        await store.AddAsync(new Feedback(now.AddMinutes(-3), "c0ffee000001", "webchat", FeedbackReaction.Dislike, "Too vague", "missions", "en"), CancellationToken.None);
        await store.AddAsync(new Feedback(now.AddMinutes(-1), "c0ffee000002", "msteams", FeedbackReaction.Dislike, hostile, "salary", "fr"), CancellationToken.None);
        await store.AddAsync(new Feedback(now.AddMinutes(-2), "c0ffee000003", "msteams", FeedbackReaction.Like, "Great", "salary", "en"), CancellationToken.None);
        await store.AddAsync(new Feedback(now.AddMinutes(-2), "c0ffee000004", "msteams", FeedbackReaction.Dislike, null, "Not A Name!", "xx-long-language-name-that-is-not-a-code-at-all-really"), CancellationToken.None);

        using var response = await GetWithKeyAsync(client, "/admin/api/stats", AdminFactory.Key);
        var json = await response.Content.ReadAsStringAsync();
        var dislikes = JsonDocument.Parse(json).RootElement.GetProperty("dislikes").EnumerateArray().Take(3).ToArray();
        using var page = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([hostile, null, "Too vague"], dislikes.Select(d => d.GetProperty("comment").GetString()));
        Assert.Equal(["salary", "other", "missions"], dislikes.Select(d => d.GetProperty("handledAs").GetString()));
        Assert.Equal(["fr", "other", "en"], dislikes.Select(d => d.GetProperty("language").GetString()));
        Assert.Equal(now.AddMinutes(-1), dislikes[0].GetProperty("at").GetDateTimeOffset());
        Assert.DoesNotContain("Great", json, StringComparison.Ordinal);
        Assert.DoesNotContain("c0ffee", json, StringComparison.Ordinal);
        // The comment is JSON text (its markup escaped), and never part of the page's HTML: the page writes it as text.
        Assert.DoesNotContain("<img", json, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_the_connector_refused_for_good_is_counted_with_its_reason()
    {
        await using var connector = await CareerBot.BotFramework.Tests.Connector.FakeServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        });
        using var client = Create(factory);

        using var turn = await BotClient.PostAsync(client, BotClient.Message("what are the missions?", "conv-lost-reply", serviceUrl: connector.Url));

        Assert.Equal(HttpStatusCode.OK, turn.StatusCode);
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        JsonElement refused = default;
        for (var i = 0; i < 200; i++)
        {
            // Polled as a signed-in browser does (by cookie), which the key's rate limit does not count.
            using var response = await GetWithCookieAsync(client, "/admin/api/stats", session);
            var undelivered = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("stats").GetProperty("undeliveredReplies").Clone();
            refused = undelivered.EnumerateArray().FirstOrDefault(r => r.GetProperty("name").GetString() == "refused");
            if (refused.ValueKind == JsonValueKind.Object)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.True(refused.GetProperty("count").GetInt64() >= 1);
        using var page = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        Assert.Contains("id=\"tile-undelivered\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_turn_in_the_hour_the_figures_say_so()
    {
        using var client = Create(factory);
        factory.Time.Advance(TimeSpan.FromMinutes(61));

        var report = await ReportAsync(client);
        var stats = report.GetProperty("stats");

        Assert.Equal(0, stats.GetProperty("turns").GetInt64());
        Assert.Equal(JsonValueKind.Null, stats.GetProperty("fallbackRate").ValueKind);
        Assert.Equal(JsonValueKind.Null, stats.GetProperty("latency").GetProperty("p50Ms").ValueKind);
        Assert.Equal(0, stats.GetProperty("unansweredByLanguage").GetArrayLength());
        Assert.Equal(30, report.GetProperty("refreshSeconds").GetInt32());
    }

    [Fact]
    public async Task The_content_status_is_in_the_report()
    {
        using var client = Create(factory);

        var content = (await ReportAsync(client)).GetProperty("content");

        Assert.False(content.GetProperty("watching").GetBoolean());
        Assert.Equal(JsonValueKind.Null, content.GetProperty("lastRefusal").ValueKind);
        Assert.True(content.GetProperty("loadedAt").GetDateTimeOffset() <= factory.Time.GetUtcNow());
    }

    private static long Count(JsonElement stats, string property, string name) =>
        stats.GetProperty(property).EnumerateArray().Where(c => c.GetProperty("name").GetString() == name).Select(c => c.GetProperty("count").GetInt64()).SingleOrDefault();
}
