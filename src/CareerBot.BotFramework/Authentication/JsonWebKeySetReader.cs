using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Reads an OpenID provider's documents. The JWKS is read as raw JSON because the Bot Framework's
/// non-standard <c>endorsements</c> array must survive, whatever the token library does with unknown members.</summary>
internal static class JsonWebKeySetReader
{
    /// <summary>The <c>jwks_uri</c> of an OpenID configuration document.</summary>
    /// <exception cref="JsonException">The document is not JSON or names no absolute <c>jwks_uri</c>.</exception>
    public static Uri ReadJwksUri(ReadOnlySpan<byte> metadata)
    {
        using var document = JsonDocument.Parse(metadata.ToArray());
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var jwksUri)
            && jwksUri.ValueKind == JsonValueKind.String
            && Uri.TryCreate(jwksUri.GetString(), UriKind.Absolute, out var uri)
            && uri.Scheme is "https" or "http")
        {
            return uri;
        }

        throw new JsonException("The OpenID configuration has no absolute 'jwks_uri'.");
    }

    /// <summary>The RSA signing keys of a JWKS, by key id. Keys without a <c>kid</c>, of another type, or meant for
    /// encryption are left out.</summary>
    /// <exception cref="JsonException">The document is not a JWKS.</exception>
    public static IReadOnlyDictionary<string, SigningKey> ReadSigningKeys(ReadOnlySpan<byte> jwks)
    {
        using var document = JsonDocument.Parse(jwks.ToArray());
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS has no 'keys' array.");
        }

        var result = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        foreach (var element in keys.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object
                || String(element, "kid") is not { Length: > 0 } kid
                || String(element, "kty") != "RSA"
                || String(element, "use") is { } use && use != "sig")
            {
                continue;
            }

            result[kid] = new SigningKey(kid, new JsonWebKey(element.GetRawText()), Endorsements(element));
        }

        return result;
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string[] Endorsements(JsonElement key) =>
        key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array
            ? [.. endorsements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];
}
