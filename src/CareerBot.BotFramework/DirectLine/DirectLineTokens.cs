using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Issues and checks Direct Line tokens: JWTs signed with HMAC-SHA256 (HS256), bound to one conversation and one
/// <c>dl_</c> user (the <c>user</c> claim, which Web Chat reads), expiring after <see cref="DirectLineOptions.TokenLifetime"/>.</summary>
public sealed class DirectLineTokens
{
    // {"alg":"HS256","typ":"JWT"}: the only header this app issues or accepts.
    private const string Prefix = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.";

    // The last second DateTimeOffset can hold (9999-12-31).
    private const long MaxUnixSeconds = 253_402_300_799;
    private readonly byte[] key;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;

    /// <summary>Creates the token service with the app's signing key.</summary>
    public DirectLineTokens(TokenSigningKey signingKey, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(options);
        key = signingKey.Key.ToArray();
        lifetime = options.Value.TokenLifetime;
        this.time = time;
    }

    /// <summary>The token lifetime in seconds, as <c>expires_in</c>.</summary>
    public int LifetimeSeconds => (int)lifetime.TotalSeconds;

    /// <summary>A new conversation id.</summary>
    public static string NewConversationId() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new user id with the <c>dl_</c> prefix.</summary>
    public static string NewUserId() => "dl_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(12));

    /// <summary>A token for <paramref name="conversationId"/> and <paramref name="userId"/>, valid from now.</summary>
    public string Issue(string conversationId, string userId, string? locale)
    {
        var expires = time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds();
        var payload = new TokenPayload(conversationId, userId, locale, expires, WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(6)));
        var body = Prefix + WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload, TokenJsonContext.Default.TokenPayload));
        return body + "." + WebEncoders.Base64UrlEncode(Sign(body));
    }

    /// <summary>Checks <paramref name="token"/>; <paramref name="granted"/> is set when it is signed by this app,
    /// even when it has expired.</summary>
    public TokenCheck Check(string? token, out DirectLineToken? granted)
    {
        granted = null;
        if (string.IsNullOrEmpty(token) || !token.StartsWith(Prefix, StringComparison.Ordinal) || token.Length > 2048)
        {
            return TokenCheck.Invalid;
        }

        var dot = token.LastIndexOf('.');
        if (dot <= Prefix.Length)
        {
            return TokenCheck.Invalid;
        }

        var body = token[..dot];
        TokenPayload? payload;
        try
        {
            var signature = WebEncoders.Base64UrlDecode(token, dot + 1, token.Length - dot - 1);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body)))
            {
                return TokenCheck.Invalid;
            }

            payload = JsonSerializer.Deserialize(WebEncoders.Base64UrlDecode(body, Prefix.Length, body.Length - Prefix.Length), TokenJsonContext.Default.TokenPayload);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return TokenCheck.Invalid;
        }

        // An expiry no date can hold is no token of this app's (it issues them from the current time).
        if (payload is null || string.IsNullOrEmpty(payload.ConversationId) || string.IsNullOrEmpty(payload.UserId)
            || payload.ExpiresAt is < 0 or > MaxUnixSeconds)
        {
            return TokenCheck.Invalid;
        }

        granted = new DirectLineToken(payload.ConversationId, payload.UserId, payload.Locale, DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt));
        return granted.ExpiresAt <= time.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Valid;
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body));
}
