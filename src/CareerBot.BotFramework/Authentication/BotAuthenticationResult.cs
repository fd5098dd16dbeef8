using System.Security.Claims;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Whether a request to <c>/api/messages</c> may be processed.</summary>
/// <param name="Succeeded">True when it may.</param>
/// <param name="Identity">The validated token's identity; null in anonymous mode or on failure.</param>
/// <param name="FailureReason">Why it may not (safe to return to the caller: it never quotes the token).</param>
/// <param name="ServiceUrl">The service URL the token vouches for (a channel token's <c>serviceurl</c> claim, which
/// matches the activity's); null for an Emulator token, in anonymous mode and on failure.</param>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason, string? ServiceUrl = null)
{
    /// <summary>No app id is configured and the request carried no token.</summary>
    public static BotAuthenticationResult Anonymous { get; } = new(true, null, null);

    /// <summary>The token was valid; <paramref name="serviceUrl"/> is the service URL it vouches for, if any.</summary>
    public static BotAuthenticationResult Success(ClaimsIdentity identity, string? serviceUrl = null) => new(true, identity, null, serviceUrl);

    /// <summary>The request is refused.</summary>
    public static BotAuthenticationResult Failure(string reason) => new(false, null, reason);
}
