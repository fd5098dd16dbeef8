using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Authentication;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>The inbound token rules of the Bot Framework, against a test OpenID provider with per-run keys.</summary>
public sealed class BotAuthenticatorTests : IClassFixture<TestOpenIdProvider>
{
    private readonly TestOpenIdProvider provider;

    public BotAuthenticatorTests(TestOpenIdProvider provider)
    {
        this.provider = provider;
    }

    // Accepted

    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task A_channel_token_is_accepted(string alg)
    {
        var result = await AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims(), alg)));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("https://api.botframework.com", result.Identity!.FindFirst("iss")!.Value);
    }

    [Fact]
    public async Task The_service_url_claim_matches_without_regard_to_case()
    {
        var claims = TestTokens.ChannelClaims();
        claims["serviceurl"] = TestTokens.ServiceUrl.ToUpperInvariant();

        var result = await AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, claims)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task An_emulator_v1_token_is_accepted()
    {
        var result = await AuthenticateAsync(Bearer(TestTokens.Sign(provider.EmulatorKey, TestTokens.EmulatorV1Claims())), Activity("emulator"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task An_emulator_v2_token_is_accepted()
    {
        var result = await AuthenticateAsync(Bearer(TestTokens.Sign(provider.EmulatorKey, TestTokens.EmulatorV2Claims("f8cdef31-a31e-4b4a-93e4-5f571e91255a"))), Activity("emulator"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Tokens_issued_by_the_configured_tenant_are_accepted()
    {
        using var services = Services(new() { ["MicrosoftAppTenantId"] = TestTokens.AppTenantId });
        var authenticator = services.GetRequiredService<BotAuthenticator>();

        var v1 = await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(provider.EmulatorKey, TestTokens.EmulatorV1Claims(TestTokens.AppTenantId))), Activity(), default);
        var v2 = await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(provider.EmulatorKey, TestTokens.EmulatorV2Claims(TestTokens.AppTenantId))), Activity(), default);

        Assert.True(v1.Succeeded, v1.FailureReason);
        Assert.True(v2.Succeeded, v2.FailureReason);
    }

    [Fact]
    public async Task A_token_expired_within_the_five_minute_clock_skew_is_accepted()
    {
        var claims = TestTokens.WithLifetime(TestTokens.ChannelClaims(), notBefore: TimeSpan.FromHours(-1), expires: TimeSpan.FromMinutes(-3));

        var result = await AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, claims)));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task A_key_without_endorsements_is_accepted_for_any_channel()
    {
        var key = provider.AddChannelKey("channel-unendorsed");

        var result = await AuthenticateAsync(Bearer(TestTokens.Sign(key, TestTokens.ChannelClaims())), Activity("slack"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Anonymous_mode_accepts_a_request_without_a_header()
    {
        using var services = Services(new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });

        var result = await services.GetRequiredService<BotAuthenticator>().AuthenticateAsync(null, Activity(), default);

        Assert.True(result.Succeeded);
        Assert.Null(result.Identity);
    }

    // Refused

    public static TheoryData<string, Func<TestOpenIdProvider, string?>, string> Forgeries => new()
    {
        { "bad signature", p => Bearer(TestTokens.Sign(new TestKey("x"), TestTokens.ChannelClaims(), kid: p.ChannelKey.Kid)), "signature" },
        { "tampered claim", p => Bearer(TestTokens.Tamper(TestTokens.Sign(p.ChannelKey, TestTokens.ChannelClaims()), "aud", TestTokens.OtherAppId)), "signature" },
        { "unknown key", _ => Bearer(TestTokens.Sign(new TestKey("never-published"), TestTokens.ChannelClaims())), "signing key" },
        { "no key id", p => Bearer(TestTokens.Sign(p.ChannelKey, TestTokens.ChannelClaims(), kid: "")), "kid" },
        { "expired beyond skew", p => Bearer(TestTokens.Sign(p.ChannelKey, TestTokens.WithLifetime(TestTokens.ChannelClaims(), TimeSpan.FromHours(-2), TimeSpan.FromMinutes(-6)))), "expired" },
        { "not yet valid", p => Bearer(TestTokens.Sign(p.ChannelKey, TestTokens.WithLifetime(TestTokens.ChannelClaims(), TimeSpan.FromMinutes(10), TimeSpan.FromHours(1)))), "not valid yet" },
        { "no expiry", p => Bearer(TestTokens.Sign(p.ChannelKey, Without(TestTokens.ChannelClaims(), "exp"))), "expiry" },
        { "wrong audience", p => Bearer(TestTokens.Sign(p.ChannelKey, With(TestTokens.ChannelClaims(), "aud", TestTokens.OtherAppId))), "audience" },
        { "wrong issuer", p => Bearer(TestTokens.Sign(p.ChannelKey, With(TestTokens.ChannelClaims(), "iss", "https://evil.example.com"))), "issuer" },
        { "unlisted Entra tenant", p => Bearer(TestTokens.Sign(p.EmulatorKey, TestTokens.EmulatorV1Claims(TestTokens.AppTenantId))), "signing key" },
        { "missing serviceurl", p => Bearer(TestTokens.Sign(p.ChannelKey, Without(TestTokens.ChannelClaims(), "serviceurl"))), "serviceurl" },
        { "mismatched serviceurl", p => Bearer(TestTokens.Sign(p.ChannelKey, With(TestTokens.ChannelClaims(), "serviceurl", "https://evil.example.com/"))), "serviceurl" },
        { "alg none", p => Bearer(TestTokens.AlgNone(TestTokens.ChannelClaims(), p.ChannelKey.Kid)), "RS256" },
        { "HS256 keyed with the public key", p => Bearer(TestTokens.Hs256KeyedWithPublicKey(p.ChannelKey, TestTokens.ChannelClaims())), "RS256" },
        { "missing header", _ => null, "no Authorization header" },
        { "Basic scheme", _ => "Basic dXNlcjpwYXNz", "Bearer" },
        { "Bearer without a token", _ => "Bearer ", "Bearer" },
        { "emulator token for another app (v1)", p => Bearer(TestTokens.Sign(p.EmulatorKey, With(TestTokens.EmulatorV1Claims(), "appid", TestTokens.OtherAppId))), "appid" },
        { "emulator token for another app (v2)", p => Bearer(TestTokens.Sign(p.EmulatorKey, With(TestTokens.EmulatorV2Claims(), "azp", TestTokens.OtherAppId))), "azp" },
        { "emulator token with another audience", p => Bearer(TestTokens.Sign(p.EmulatorKey, With(TestTokens.EmulatorV2Claims(), "aud", TestTokens.OtherAppId))), "audience" },
        { "unknown ver", p => Bearer(TestTokens.Sign(p.EmulatorKey, With(TestTokens.EmulatorV2Claims(), "ver", "3.0"))), "ver" },
        { "channel token signed with an Entra key", p => Bearer(TestTokens.Sign(p.EmulatorKey, TestTokens.ChannelClaims())), "signing key" },
        { "garbage", _ => "Bearer garbage", "well-formed" },
        { "three garbage parts", _ => "Bearer aaa.bbb.ccc", "well-formed" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_forged_or_wrong_request_is_refused(string name, Func<TestOpenIdProvider, string?> header, string reason)
    {
        var result = await AuthenticateAsync(header(provider));

        Assert.False(result.Succeeded, name);
        Assert.Null(result.Identity);
        Assert.Contains(reason, result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_not_endorsed_for_the_activity_s_channel_is_refused()
    {
        var token = Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims()));

        var otherChannel = await AuthenticateAsync(token, Activity("slack"));
        var noChannel = await AuthenticateAsync(token, Activity(channelId: null));

        Assert.Contains("endorsed", otherChannel.FailureReason, StringComparison.Ordinal);
        Assert.Contains("endorsed", noChannel.FailureReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bearer garbage")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("valid channel token")]
    public async Task Anonymous_mode_refuses_a_header_that_is_present(string header)
    {
        using var services = Services(new() { ["MicrosoftAppId"] = "", ["MicrosoftAppPassword"] = "" });
        if (header == "valid channel token")
        {
            header = Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims()));
        }

        var result = await services.GetRequiredService<BotAuthenticator>().AuthenticateAsync(header, Activity(), default);

        Assert.False(result.Succeeded);
    }

    // Keys

    [Fact]
    public async Task A_rotated_key_is_accepted_after_the_keys_are_fetched_again()
    {
        using var services = Services([]);
        var authenticator = services.GetRequiredService<BotAuthenticator>();
        Assert.True((await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims())), Activity(), default)).Succeeded);
        var fetched = provider.ChannelKeyRequests;

        var rotated = provider.AddChannelKey("channel-key-rotated", "msteams");
        var result = await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(rotated, TestTokens.ChannelClaims())), Activity(), default);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(fetched + 1, provider.ChannelKeyRequests);
    }

    [Fact]
    public async Task An_unknown_key_is_refused_even_after_a_refresh()
    {
        using var services = Services([]);
        var authenticator = services.GetRequiredService<BotAuthenticator>();
        Assert.True((await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims())), Activity(), default)).Succeeded);
        var fetched = provider.ChannelKeyRequests;

        using var stranger = new TestKey("not-published");
        var result = await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(stranger, TestTokens.ChannelClaims())), Activity(), default);

        Assert.False(result.Succeeded);
        Assert.Equal(fetched + 1, provider.ChannelKeyRequests);
    }

    [Fact]
    public async Task Unknown_key_ids_do_not_refresh_the_keys_more_often_than_the_refresh_interval()
    {
        using var services = Services(new() { ["OpenIdMetadataRefreshInterval"] = "00:05:00" });
        var authenticator = services.GetRequiredService<BotAuthenticator>();
        Assert.True((await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims())), Activity(), default)).Succeeded);
        var fetched = provider.ChannelKeyRequests;

        using var stranger = new TestKey("forged-kid");
        for (var i = 0; i < 5; i++)
        {
            Assert.False((await authenticator.AuthenticateAsync(Bearer(TestTokens.Sign(stranger, TestTokens.ChannelClaims())), Activity(), default)).Succeeded);
        }

        Assert.Equal(fetched, provider.ChannelKeyRequests);
    }

    [Fact]
    public async Task Unreachable_metadata_is_a_refusal_not_a_crash()
    {
        using var services = Services(new() { ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:1/.well-known/openidconfiguration" });

        var result = await services.GetRequiredService<BotAuthenticator>()
            .AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims())), Activity(), default);

        Assert.Contains("cannot be fetched", result.FailureReason, StringComparison.Ordinal);
    }

    // Tenants

    [Theory]
    [InlineData("tenant-a", null, true)]
    [InlineData("TENANT-A", null, true)]
    [InlineData(null, "tenant-a", true)]
    [InlineData("tenant-b", null, false)]
    [InlineData("tenant-b", "tenant-a", false)]
    [InlineData(null, null, false)]
    public async Task AllowedTenants_restricts_the_tenants(string? channelDataTenant, string? conversationTenant, bool accepted)
    {
        using var services = Services(new() { ["AllowedTenants:0"] = "tenant-a", ["AllowedTenants:1"] = "tenant-c" });
        var activity = Activity() with
        {
            Conversation = new ConversationAccount("conv-1", TenantId: conversationTenant),
            ChannelData = channelDataTenant is null ? null : JsonSerializer.SerializeToElement(new { tenant = new { id = channelDataTenant } }),
        };

        var result = await services.GetRequiredService<BotAuthenticator>()
            .AuthenticateAsync(Bearer(TestTokens.Sign(provider.ChannelKey, TestTokens.ChannelClaims())), activity, default);

        Assert.Equal(accepted, result.Succeeded);
    }

    private async Task<BotAuthenticationResult> AuthenticateAsync(string? header, Activity? activity = null)
    {
        using var services = Services([]);
        return await services.GetRequiredService<BotAuthenticator>().AuthenticateAsync(header, activity ?? Activity(), default);
    }

    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var defaults = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestTokens.AppId,
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = provider.ChannelMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = provider.EmulatorMetadataUrl,
            ["OpenIdMetadataRefreshInterval"] = "00:00:00",
        };
        foreach (var (key, value) in settings)
        {
            defaults[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(defaults).Build();
        return new ServiceCollection().AddLogging().AddBotAuthentication(configuration).BuildServiceProvider();
    }

    private static Activity Activity(string? channelId = "msteams") => new()
    {
        Type = "message",
        ChannelId = channelId,
        ServiceUrl = TestTokens.ServiceUrl,
        From = new ChannelAccount("user-1"),
        Conversation = new ConversationAccount("conv-1"),
    };

    private static string Bearer(string token) => "Bearer " + token;

    private static JsonObject With(JsonObject claims, string name, string value)
    {
        claims[name] = value;
        return claims;
    }

    private static JsonObject Without(JsonObject claims, string name)
    {
        claims.Remove(name);
        return claims;
    }
}
