using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>A key from an OpenID provider's JWKS.</summary>
/// <param name="KeyId">Its <c>kid</c>.</param>
/// <param name="Key">The key, to check signatures with.</param>
/// <param name="Endorsements">The channels the Bot Framework endorses it for (its <c>endorsements</c> array); empty
/// when the key carries none (Entra keys).</param>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string> Endorsements);
