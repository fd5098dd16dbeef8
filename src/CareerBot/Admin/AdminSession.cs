namespace CareerBot.Admin;

/// <summary>A sign-in: the cookie's value and when it expires.</summary>
/// <param name="Value">An HMAC of the expiry under a key derived from <c>Admin:ApiKey</c>; never the key itself.</param>
/// <param name="Expires">When it stops being accepted.</param>
public sealed record AdminSession(string Value, DateTimeOffset Expires);
