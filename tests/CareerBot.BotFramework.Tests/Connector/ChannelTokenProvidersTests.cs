using CareerBot.BotFramework.Connector;
using Microsoft.Identity.Client;

namespace CareerBot.BotFramework.Tests.Connector;

public sealed class ChannelTokenProvidersTests
{
    [Theory]
    [InlineData(null, "botframework.com", "https://login.microsoftonline.com/botframework.com")]
    [InlineData("", "tenant-1", "https://login.microsoftonline.com/tenant-1")]
    [InlineData("https://login.microsoftonline.us", "botframework.com", "https://login.microsoftonline.us/botframework.com")]
    [InlineData("https://127.0.0.1:5001/", "tenant-1", "https://127.0.0.1:5001/tenant-1")]
    [InlineData("https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.com", "botframework.com", "https://login.microsoftonline.us/MicrosoftServices.onmicrosoft.com")]
    public void The_authority_is_the_login_url_plus_the_tenant_unless_it_names_one(string? loginUrl, string tenant, string expected)
    {
        Assert.Equal(expected, ChannelTokenProviders.Authority(loginUrl, tenant).AbsoluteUri);
    }

    [Theory]
    [InlineData("http://login.example/")]
    [InlineData("login.microsoftonline.com")]
    public void A_login_url_that_is_not_absolute_https_is_a_configuration_error(string loginUrl)
    {
        Assert.Throws<InvalidOperationException>(() => ChannelTokenProviders.Authority(loginUrl, "botframework.com"));
    }

    [Theory]
    [InlineData(null, null, null, null, typeof(AnonymousChannelTokenProvider))]
    [InlineData("MultiTenant", " ", "secret", null, typeof(AnonymousChannelTokenProvider))]
    [InlineData(null, "app-id", "secret", null, typeof(ClientCredentialsTokenProvider))]
    [InlineData("multitenant", "app-id", "secret", null, typeof(ClientCredentialsTokenProvider))]
    [InlineData("SingleTenant", "app-id", "secret", "tenant-1", typeof(ClientCredentialsTokenProvider))]
    [InlineData("UserAssignedMSI", "app-id", null, "tenant-1", typeof(ManagedIdentityTokenProvider))]
    public void The_provider_follows_the_app_type(string? appType, string? appId, string? password, string? tenant, Type expected)
    {
        var provider = Create(appType, appId, password, tenant);

        Assert.IsType(expected, provider);
    }

    [Theory]
    [InlineData("MultiTenant", null, null)]
    [InlineData("SingleTenant", "secret", null)]
    [InlineData("SingleTenant", null, "tenant-1")]
    [InlineData("Federated", "secret", "tenant-1")]
    public void A_configuration_that_cannot_get_a_token_fails_fast(string appType, string? password, string? tenant)
    {
        Assert.Throws<InvalidOperationException>(() => Create(appType, "app-id", password, tenant));
    }

    private static IChannelTokenProvider Create(string? appType, string? appId, string? password, string? tenant) => ChannelTokenProviders.Create(
        new BotAuthenticationOptions { MicrosoftAppType = appType, MicrosoftAppId = appId, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant },
        new ChannelTokenOptions(),
        new NoHttp());

    private sealed class NoHttp : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => throw new InvalidOperationException("No HTTP in these tests.");
    }
}
