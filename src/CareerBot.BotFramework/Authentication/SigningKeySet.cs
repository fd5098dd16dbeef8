namespace CareerBot.BotFramework.Authentication;

/// <summary>The keys fetched from one OpenID provider, and when.</summary>
/// <param name="Keys">The signing keys by key id.</param>
/// <param name="FetchedAt">When they were fetched.</param>
/// <param name="LastAttempt">When a fetch was last tried (successful or not): refreshes are spaced from it.</param>
internal sealed record SigningKeySet(IReadOnlyDictionary<string, SigningKey> Keys, DateTimeOffset FetchedAt, DateTimeOffset LastAttempt);
