using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Connector;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Credentials that cannot work together stop start-up, naming the key to fix.</summary>
public sealed class BotAuthenticationOptionsValidatorTests
{
    private const string AppId = "9d1c8a4e-7a56-4f0e-9a61-3c1f2b7d5e10";
    private const string Tenant = "5f7e0c3a-2222-4b1d-9c8e-7f6a5b4c3d2e";

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("MultiTenant", null, null, null)]
    [InlineData("", AppId, "secret", null)]
    [InlineData("MultiTenant", AppId, "secret", null)]
    [InlineData("multitenant", AppId, "secret", Tenant)]
    [InlineData("SingleTenant", AppId, "secret", Tenant)]
    [InlineData("UserAssignedMSI", AppId, null, Tenant)]
    public void Consistent_credentials_pass(string? appType, string? appId, string? password, string? tenant)
    {
        var result = new BotAuthenticationOptionsValidator().Validate(null, Options(appType, appId, password, tenant));

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Theory]
    [InlineData("SingleTenant", AppId, "secret", null, "MicrosoftAppTenantId")]
    [InlineData("UserAssignedMSI", AppId, "secret", Tenant, "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", AppId, null, null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", AppId, null, null, "MicrosoftAppPassword")]
    [InlineData("", AppId, "", null, "MicrosoftAppPassword")]
    [InlineData("SingleTenant", AppId, null, Tenant, "MicrosoftAppPassword")]
    [InlineData("MultiTenantt", AppId, "secret", null, "MicrosoftAppType")]
    [InlineData("ManagedIdentity", null, null, null, "MicrosoftAppType")]
    [InlineData("MultiTenant", null, "secret", null, "MicrosoftAppId")]
    public void Inconsistent_credentials_fail_naming_the_key(string? appType, string? appId, string? password, string? tenant, string key)
    {
        var result = new BotAuthenticationOptionsValidator().Validate(null, Options(appType, appId, password, tenant));

        Assert.True(result.Failed);
        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url", "ToBotFromChannelOpenIdMetadataUrl")]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", "ToBotFromChannelOpenIdMetadataUrl")]
    [InlineData("ftp://127.0.0.1/x", "ToBotFromChannelOpenIdMetadataUrl")]
    public void Metadata_urls_must_be_https_except_on_loopback(string url, string key)
    {
        var options = Options(null, AppId, "secret", null);
        options.ToBotFromChannelOpenIdMetadataUrl = url;

        var result = new BotAuthenticationOptionsValidator().Validate(null, options);

        Assert.Contains(key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_metadata_over_http_is_allowed_for_tests()
    {
        var options = Options(null, AppId, "secret", null);
        options.ToBotFromEmulatorOpenIdMetadataUrl = "http://127.0.0.1:5000/.well-known/openid-configuration";

        Assert.True(new BotAuthenticationOptionsValidator().Validate(null, options).Succeeded);
    }

    private static BotAuthenticationOptions Options(string? appType, string? appId, string? password, string? tenant) => new()
    {
        MicrosoftAppType = appType,
        MicrosoftAppId = appId,
        MicrosoftAppPassword = password,
        MicrosoftAppTenantId = tenant,
    };
}
