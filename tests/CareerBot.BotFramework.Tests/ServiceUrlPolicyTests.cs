using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Tests;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://directline.botframework.com/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:9000", true)]
    [InlineData("http://[::1]:9000", true)]
    [InlineData("https://contoso.example/bot", true)]
    [InlineData("http://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("http://169.254.169.254/latest/meta-data", false)]
    [InlineData("http://10.0.0.1/", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("https://user:pass@smba.trafficmanager.net/", false)]
    [InlineData("not a url", false)]
    [InlineData(null, false)]
    public void Anonymous_mode_allows_channel_hosts_loopback_and_configured_prefixes(string? serviceUrl, bool allowed)
    {
        var policy = Policy(appId: null, "https://contoso.example/bot");

        Assert.Equal(allowed, policy.Allow(serviceUrl) is not null);
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    public void With_an_app_id_loopback_is_refused(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, Policy(appId: "app-id").Allow(serviceUrl) is not null);
    }

    private static ServiceUrlPolicy Policy(string? appId, params string[] prefixes) => new(
        Options.Create(new ConnectorOptions { AllowedServiceUrls = prefixes }),
        Options.Create(new BotAuthenticationOptions { MicrosoftAppId = appId }));
}
