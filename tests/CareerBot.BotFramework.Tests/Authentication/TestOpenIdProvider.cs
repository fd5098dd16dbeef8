using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Two OpenID providers on 127.0.0.1 with keys made per run: the Bot Framework channel service (keys with
/// endorsements) and Entra (keys without). Counts the JWKS requests so key refreshes can be observed.</summary>
public sealed class TestOpenIdProvider : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, TestKey> channelKeys = new();
    private readonly ConcurrentDictionary<string, TestKey> emulatorKeys = new();
    private WebApplication? app;
    private int channelKeyRequests;
    private int emulatorKeyRequests;

    /// <summary>The channel key every test may use, endorsed for msteams and webchat.</summary>
    public TestKey ChannelKey { get; } = new("channel-key-1", "msteams", "webchat");

    /// <summary>The Entra key the Emulator tokens are signed with.</summary>
    public TestKey EmulatorKey { get; } = new("entra-key-1");

    public string BaseUrl => app?.Urls.First() ?? throw new InvalidOperationException("The provider is not started.");

    public string ChannelMetadataUrl => BaseUrl + "/botframework/v1/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => BaseUrl + "/entra/v2.0/.well-known/openid-configuration";

    public int ChannelKeyRequests => Volatile.Read(ref channelKeyRequests);

    public int EmulatorKeyRequests => Volatile.Read(ref emulatorKeyRequests);

    /// <summary>Publishes a new channel key (a rotation).</summary>
    public TestKey AddChannelKey(string kid, params string[] endorsements)
    {
        var key = new TestKey(kid, endorsements);
        channelKeys[kid] = key;
        return key;
    }

    public async Task InitializeAsync()
    {
        channelKeys[ChannelKey.Kid] = ChannelKey;
        emulatorKeys[EmulatorKey.Kid] = EmulatorKey;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        app = builder.Build();
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Metadata("https://api.botframework.com", "/botframework/v1/.well-known/keys"));
        app.MapGet("/botframework/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref channelKeyRequests);
            return Jwks(channelKeys);
        });
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", "/entra/discovery/v2.0/keys"));
        app.MapGet("/entra/discovery/v2.0/keys", () =>
        {
            Interlocked.Increment(ref emulatorKeyRequests);
            return Jwks(emulatorKeys);
        });
        await app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        foreach (var key in channelKeys.Values.Concat(emulatorKeys.Values))
        {
            key.Dispose();
        }
    }

    private IResult Metadata(string issuer, string keysPath) => Results.Text(new JsonObject
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = BaseUrl + keysPath,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    }.ToJsonString(), "application/json");

    private static IResult Jwks(ConcurrentDictionary<string, TestKey> keys) =>
        Results.Text(new JsonObject { ["keys"] = new JsonArray([.. keys.Values.Select(k => (JsonNode)k.ToJwk())]) }.ToJsonString(), "application/json");
}
