using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Tests.WebChat;

/// <summary>The Web Chat page carries a Content-Security-Policy, as the operator page does: scripts from this origin
/// and the page's own inline ones only, connections to this origin only, no framing.</summary>
public sealed partial class WebChatPagePolicyTests : IClassFixture<CareerBotFactory>
{
    private readonly CareerBotFactory factory;

    public WebChatPagePolicyTests(CareerBotFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task The_page_is_served_with_a_policy_that_names_its_inline_script_and_nothing_foreign()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();
        var hashes = InlineScripts().Matches(html)
            .Select(script => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)))}'");
        Assert.Contains($"script-src 'self'{string.Concat(hashes)};", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://localhost", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", policy, StringComparison.Ordinal);
    }

    // The page's inline scripts: those without a src attribute.
    [GeneratedRegex(@"<script(?![^>]*\bsrc\b)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScripts();
}
