using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Tests.Authentication;

/// <summary>Makes the tokens channels send, and forged ones. Lifetimes are relative to the system clock, which is the
/// clock the token library checks them against.</summary>
public static class TestTokens
{
    public const string AppId = "9d1c8a4e-7a56-4f0e-9a61-3c1f2b7d5e10";
    public const string OtherAppId = "0b6e2f4a-1111-4c2d-8e3f-5a6b7c8d9e0f";
    public const string AppTenantId = "5f7e0c3a-2222-4b1d-9c8e-7f6a5b4c3d2e";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    public const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>The claims of a Bot Framework channel token for <see cref="AppId"/> and <see cref="ServiceUrl"/>.</summary>
    public static JsonObject ChannelClaims() => WithLifetime(new JsonObject
    {
        ["iss"] = "https://api.botframework.com",
        ["aud"] = AppId,
        ["serviceurl"] = ServiceUrl,
    });

    /// <summary>An Entra v1 token as the Emulator presents it.</summary>
    public static JsonObject EmulatorV1Claims(string tenant = EmulatorTenant) => WithLifetime(new JsonObject
    {
        ["iss"] = $"https://sts.windows.net/{tenant}/",
        ["aud"] = AppId,
        ["appid"] = AppId,
        ["tid"] = tenant,
        ["ver"] = "1.0",
    });

    /// <summary>An Entra v2 token.</summary>
    public static JsonObject EmulatorV2Claims(string tenant = EmulatorTenant) => WithLifetime(new JsonObject
    {
        ["iss"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
        ["aud"] = AppId,
        ["azp"] = AppId,
        ["tid"] = tenant,
        ["ver"] = "2.0",
    });

    /// <summary>Sets nbf/iat/exp relative to now.</summary>
    public static JsonObject WithLifetime(JsonObject claims, TimeSpan? notBefore = null, TimeSpan? expires = null)
    {
        var now = TimeProvider.System.GetUtcNow();
        claims["nbf"] = (now + (notBefore ?? TimeSpan.FromMinutes(-1))).ToUnixTimeSeconds();
        claims["iat"] = (now + (notBefore ?? TimeSpan.FromMinutes(-1))).ToUnixTimeSeconds();
        claims["exp"] = (now + (expires ?? TimeSpan.FromHours(1))).ToUnixTimeSeconds();
        return claims;
    }

    /// <summary>An RS256/RS384/RS512 token signed with <paramref name="signer"/>, naming <paramref name="kid"/>
    /// (the signer's own key id unless told).</summary>
    public static string Sign(TestKey signer, JsonObject claims, string alg = "RS256", string? kid = null)
    {
        var hash = alg switch
        {
            "RS256" => HashAlgorithmName.SHA256,
            "RS384" => HashAlgorithmName.SHA384,
            "RS512" => HashAlgorithmName.SHA512,
            _ => throw new ArgumentOutOfRangeException(nameof(alg)),
        };
        return Compose(Header(alg, kid ?? signer.Kid), claims, input => signer.Rsa.SignData(input, hash, RSASignaturePadding.Pkcs1));
    }

    /// <summary>The classic forgery: <c>alg: none</c> and no signature.</summary>
    public static string AlgNone(JsonObject claims, string kid) => Compose(Header("none", kid), claims, _ => []);

    /// <summary>The algorithm-confusion forgery: HS256 with the provider's public key as the HMAC secret.</summary>
    public static string Hs256KeyedWithPublicKey(TestKey key, JsonObject claims) =>
        Compose(Header("HS256", key.Kid), claims, input => HMACSHA256.HashData(key.Rsa.ExportSubjectPublicKeyInfo(), input));

    /// <summary>Changes one claim of a signed token without signing again.</summary>
    public static string Tamper(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    private static JsonObject Header(string alg, string? kid)
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT" };
        if (kid is not null)
        {
            header["kid"] = kid;
        }

        return header;
    }

    private static string Compose(JsonObject header, JsonObject claims, Func<byte[], byte[]> sign)
    {
        var signingInput = $"{Base64UrlEncoder.Encode(header.ToJsonString())}.{Base64UrlEncoder.Encode(claims.ToJsonString())}";
        return $"{signingInput}.{Base64UrlEncoder.Encode(sign(Encoding.ASCII.GetBytes(signingInput)))}";
    }
}
