using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests.Connector;

/// <summary>Where the bot may send replies: loopback in anonymous mode, what a channel's token vouches for with an app
/// id, the explicit allow-list in both; no host suffix a stranger could register.</summary>
public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:9000", true)]
    [InlineData("http://[::1]:9000", true)]
    [InlineData("http://127.1:9000/", true)]
    [InlineData("http://2130706433:9000/", true)]
    [InlineData("http://0x7f.0.0.1:9000/", true)]
    [InlineData("http://[::ffff:127.0.0.1]:9000/", true)]
    [InlineData("https://contoso.example/bot", true)]
    [InlineData("https://contoso.example/bot/v3/conversations", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://attacker.trafficmanager.net/", false)]
    [InlineData("https://directline.botframework.com/", false)]
    [InlineData("https://contoso.example/botnet", false)]
    [InlineData("https://contoso.example.evil.example/bot", false)]
    [InlineData("http://contoso.example/bot", false)]
    [InlineData("https://contoso.example:8443/bot", false)]
    [InlineData("http://169.254.169.254/latest/meta-data", false)]
    [InlineData("http://10.0.0.1/", false)]
    [InlineData("http://0.0.0.0:9000/", false)]
    [InlineData("http://localhost.:9000/", false)]
    [InlineData("http://127.0.0.1.nip.io/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("http://user:pass@127.0.0.1:9000/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void Anonymous_mode_allows_loopback_and_the_allow_list_only(string? serviceUrl, bool allowed)
    {
        var policy = Policy(appId: null, "https://contoso.example/bot");

        Assert.Equal(allowed, policy.Allow(serviceUrl) is not null);
    }

    [Theory]
    [InlineData("http://127.1:9000/x", "http://127.0.0.1:9000/x")]
    [InlineData("http://2130706433:9000/x", "http://127.0.0.1:9000/x")]
    [InlineData("http://[::ffff:127.0.0.1]:9000/x", "http://127.0.0.1:9000/x")]
    [InlineData("http://LOCALHOST:9000/x", "http://localhost:9000/x")]
    public void Addresses_are_compared_and_used_in_canonical_form(string serviceUrl, string canonical)
    {
        Assert.Equal(canonical, Policy(appId: null).Allow(serviceUrl)!.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/", null, false)]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://attacker.trafficmanager.net/", null, false)]
    [InlineData("http://localhost:56150/_connector", null, false)]
    [InlineData("http://channel.example/", "http://channel.example/", false)]
    [InlineData("https://contoso.example/bot/x", null, true)]
    public void With_an_app_id_the_token_vouches_for_the_service_url_or_the_allow_list_does(string serviceUrl, string? vouched, bool allowed)
    {
        Assert.Equal(allowed, Policy(appId: "app-id", "https://contoso.example/bot").Allow(serviceUrl, vouched) is not null);
    }

    [Fact]
    public void A_service_url_in_a_log_line_has_no_user_info_and_no_query()
    {
        Assert.Equal("https://smba.trafficmanager.net/emea/", ServiceUrlPolicy.ForLog("https://user:secret@smba.trafficmanager.net/emea/?sig=abc#x"));
        Assert.Equal("(not a URL)", ServiceUrlPolicy.ForLog("not a url"));
        Assert.Equal(201, ServiceUrlPolicy.ForLog("https://example.com/" + new string('a', 500)).Length);
    }

    private static ServiceUrlPolicy Policy(string? appId, params string[] allowed) => new(
        Options.Create(new ConnectorOptions { AllowedServiceUrls = allowed }),
        Options.Create(new BotAuthenticationOptions { MicrosoftAppId = appId }));
}
