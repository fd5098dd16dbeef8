using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using CareerBot.Tests.DirectLine;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.WebChat;

/// <summary>The page at <c>/</c>: in the visitor's language, with its words from the content and its name, colours and
/// files from the settings, nothing of the template left, no secret.</summary>
public sealed class WebChatPageTests : IClassFixture<DirectLineFactory>
{
    private readonly DirectLineFactory factory;

    public WebChatPageTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_page_is_english_by_default_with_its_words_name_colours_and_versioned_files()
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Equal("en", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Contains("script-src 'self';", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<title>CareerBot: backend developer careers and salaries</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"brand__name\">CareerBot</h1>", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Conversation with CareerBot\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"?lang=fr\" hreflang=\"fr\" lang=\"fr\">Français</a>", html, StringComparison.Ordinal);
        Assert.Contains("New conversation", html, StringComparison.Ordinal);
        Assert.Contains("--accent: #1F5C99;", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"webchat/webchat.js\\?v=[0-9a-f]{16}\" defer></script>", html);
        Assert.Matches("<link rel=\"icon\" href=\"webchat/images/icon\\?v=[0-9a-f]{16}\"", html);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineFactory.Secret, html, StringComparison.Ordinal);

        var config = Config(html);
        Assert.Equal("en-US", config.GetProperty("locale").GetString());
        Assert.Equal("Your question for CareerBot", config.GetProperty("words").GetProperty("inputLabel").GetString());
        Assert.Equal("CareerBot said:", config.GetProperty("words").GetProperty("botSaid").GetString());
        Assert.Equal("Enter a number between {min} and {max}.", config.GetProperty("words").GetProperty("cardNumberError").GetString());
        Assert.Equal("#FFFFFF", config.GetProperty("colors").GetProperty("userBubbleText").GetString());
    }

    [Theory]
    [InlineData("fr-FR,fr;q=0.9,en;q=0.8", null, "fr")]
    [InlineData("en;q=0.3, fr;q=0.8", null, "fr")]
    [InlineData("de-DE, fr-CA;q=0.5", null, "fr")]
    [InlineData("de-DE, es", null, "en")]
    [InlineData("*", null, "en")]
    [InlineData("fr;q=0, en;q=0.1", null, "en")]
    [InlineData("en-GB", "fr", "fr")]
    [InlineData("fr-FR", "en", "en")]
    [InlineData("fr-FR", "xx", "fr")]
    [InlineData(null, "FR", "fr")]
    [InlineData(null, null, "en")]
    public async Task The_language_is_the_asked_one_else_the_browsers_best_else_english(string? acceptLanguage, string? lang, string expected)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, lang is null ? "/" : "/?lang=" + lang);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{expected}\">", html, StringComparison.Ordinal);
        Assert.Equal(expected, Config(html).GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_french_page_is_in_french_with_its_no_break_spaces()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/?lang=fr");

        Assert.Contains("<title>CareerBot&#xA0;: carrière et salaires du développeur backend</title>", html, StringComparison.Ordinal);
        Assert.Contains(">English</a>", html, StringComparison.Ordinal);
        Assert.Contains("Nouvelle conversation", html, StringComparison.Ordinal);
        var config = Config(html);
        Assert.Equal("fr-FR", config.GetProperty("locale").GetString());
        Assert.Equal("CareerBot a dit\u00a0:", config.GetProperty("words").GetProperty("botSaid").GetString());
    }

    [Theory]
    [InlineData("/webchat/page.js", "text/javascript")]
    [InlineData("/webchat/page.css", "text/css")]
    [InlineData("/webchat/images/avatar", "image/svg+xml")]
    [InlineData("/webchat/images/logo", "image/svg+xml")]
    [InlineData("/webchat/images/icon", "image/svg+xml")]
    [InlineData("/webchat/images/touch-icon", "image/png")]
    [InlineData("/favicon.ico", "image/x-icon")]
    public async Task Each_file_is_served_cached_for_a_year_at_its_versioned_address_and_revalidated_elsewhere(string path, string contentType)
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");

        using var plain = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(contentType, plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", plain.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", Header(plain, "X-Content-Type-Options"));
        var version = plain.Headers.ETag!.Tag.Trim('"');
        if (path != "/favicon.ico")
        {
            Assert.Contains($"{path.TrimStart('/')}?v={version}", html, StringComparison.Ordinal);
        }

        using var versioned = await client.GetAsync($"{path}?v={version}");
        Assert.Equal("public, max-age=31536000, immutable", versioned.Headers.CacheControl?.ToString());

        using var revalidation = new HttpRequestMessage(HttpMethod.Get, path);
        revalidation.Headers.IfNoneMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        using var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_page_runs_under_a_strict_policy_with_a_new_style_nonce_per_response()
    {
        using var client = factory.CreateClient();

        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync("/");
            var policy = Header(response, "Content-Security-Policy");
            Assert.Contains("default-src 'self';", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
            // A nonce, and the hash of an empty <style> (Web Chat's transcript scrolling adds one without the nonce).
            var nonce = Regex.Match(policy, "style-src 'self' 'nonce-([A-Za-z0-9+/=]{24})' 'sha256-47DEQpj8HBSa\\+/TImW\\+5JCeuQeRkm5NMpJWZG3hSuFU=';").Groups[1].Value;
            Assert.NotEmpty(nonce);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains($"<style id=\"careerbot-colors\" nonce=\"{nonce}\">", html, StringComparison.Ordinal);
            Assert.Equal(1, Regex.Count(html, "<style"));
            Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
            Assert.Empty(Regex.Matches(html, "<script(?![^>]*\\b(src|type=\"application/json\"))"));
            nonces.Add(nonce);
        }

        Assert.NotEqual(nonces[0], nonces[1]);
    }

    [Theory]
    [InlineData("http", "localhost", "connect-src 'self' ws://localhost;")]
    [InlineData("https", "chat.example.com", "connect-src 'self' wss://chat.example.com;")]
    public async Task The_policy_lets_the_page_reach_its_own_direct_line_and_nothing_foreign(string scheme, string host, string connect)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://{host}") });

        using var response = await client.GetAsync("/");

        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains(connect, policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_opened_alone_runs_nothing_and_an_unknown_one_is_404()
    {
        using var client = factory.CreateClient();

        using var avatar = await client.GetAsync("/webchat/images/avatar");
        Assert.Contains("sandbox", Header(avatar, "Content-Security-Policy"), StringComparison.Ordinal);
        using var unknown = await client.GetAsync("/webchat/images/..%2Fpage.js");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var template = await client.GetAsync("/webchat/index.html");
        Assert.Equal(HttpStatusCode.NotFound, template.StatusCode);
    }

    private static JsonElement Config(string html)
    {
        var marker = "<script id=\"careerbot-config\" type=\"application/json\">";
        var from = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return JsonDocument.Parse(html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)]).RootElement.Clone();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : string.Empty;
}
