using System.Security.Claims;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Whether a request to <c>/api/messages</c> may be processed.</summary>
/// <param name="Succeeded">True when it may.</param>
/// <param name="Identity">The validated token's identity; null in anonymous mode or on failure.</param>
/// <param name="FailureReason">Why it may not (safe to return to the caller: it never quotes the token).</param>
public sealed record BotAuthenticationResult(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    /// <summary>No app id is configured and the request carried no token.</summary>
    public static BotAuthenticationResult Anonymous { get; } = new(true, null, null);

    /// <summary>The token was valid.</summary>
    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(true, identity, null);

    /// <summary>The request is refused.</summary>
    public static BotAuthenticationResult Failure(string reason) => new(false, null, reason);
}
