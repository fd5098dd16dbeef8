using System.Security.Cryptography;
using CareerBot.BotFramework.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.WebChat;

/// <summary>The cookie by which <c>/api/webchat/token</c> finds a visitor's conversation again after a reload, or when
/// the visitor comes back while the conversation is kept. It holds a JWT (HS256, made and checked by
/// <see cref="JsonWebTokenHandler"/>) naming the conversation and its user, signed with a key derived (HKDF) from the
/// Direct Line signing key, so every instance sharing that key reads it and no Direct Line token can pass for it. The
/// cookie is HttpOnly (the page's script never sees it), SameSite=Strict, Secure over HTTPS, sent only to
/// <c>/api/webchat</c>, and lives as long as an idle conversation is kept (<c>DirectLine:ConversationIdleTimeout</c>);
/// each new token renews it.</summary>
public sealed class WebChatResumeTickets
{
    /// <summary>The cookie's name.</summary>
    public const string CookieName = "careerbot-webchat";

    /// <summary>The path the cookie is sent to, below the app's path base.</summary>
    public const string CookiePath = "/api/webchat";

    private const string TicketIssuer = "careerbot";
    private const string TicketAudience = "careerbot-webchat-resume";
    private const string ConversationClaim = "conv";

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false, SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey key;
    private readonly TimeSpan lifetime;
    private readonly TimeProvider time;

    /// <summary>Creates the tickets' key from the Direct Line signing key.</summary>
    public WebChatResumeTickets(TokenSigningKey signingKey, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentNullException.ThrowIfNull(options);
        key = new SymmetricSecurityKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey.Key.ToArray(), 32, info: "CareerBot Web Chat resume ticket"u8.ToArray()));
        lifetime = options.Value.ConversationIdleTimeout;
        this.time = time;
    }

    /// <summary>Sets the cookie for <paramref name="conversationId"/> and <paramref name="userId"/> on the response.</summary>
    public void Issue(HttpContext context, string conversationId, string userId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = time.GetUtcNow().UtcDateTime;
        var ticket = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TicketIssuer,
            Audience = TicketAudience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, [JwtRegisteredClaimNames.Sub] = userId },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        context.Response.Cookies.Append(CookieName, ticket, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = context.Request.PathBase + CookiePath,
            MaxAge = lifetime,
            IsEssential = true,
        });
    }

    /// <summary>The conversation and user of the request's cookie; null without a cookie, or with one that is expired,
    /// forged or malformed.</summary>
    public async Task<(string ConversationId, string UserId)?> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.Cookies.TryGetValue(CookieName, out var ticket) || string.IsNullOrEmpty(ticket) || ticket.Length > 2048)
        {
            return null;
        }

        var result = await handler.ValidateTokenAsync(ticket, new TokenValidationParameters
        {
            ValidIssuer = TicketIssuer,
            ValidAudience = TicketAudience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireExpirationTime = true,
            LifetimeValidator = (notBefore, expires, _, _) => expires is { } end && end > time.GetUtcNow().UtcDateTime,
        });
        return result.IsValid
            && result.Claims.TryGetValue(ConversationClaim, out var conversation) && conversation is string conversationId && conversationId.Length > 0
            && result.Claims.TryGetValue(JwtRegisteredClaimNames.Sub, out var user) && user is string userId && userId.Length > 0
            ? (conversationId, userId)
            : null;
    }
}
