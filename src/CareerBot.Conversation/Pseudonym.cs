using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Conversation;

/// <summary>What logs show instead of a user's or a conversation's id: the first 12 hex digits of an HMAC-SHA256 of
/// it, so that lines about one conversation can be followed without the log holding who it was. The key is random per
/// process unless <see cref="UseKey"/> gives one (instances sharing a key give the same pseudonyms).</summary>
public static class Pseudonym
{
    private static byte[] key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Sets the key (from configuration); ignored when empty.</summary>
    public static void UseKey(string? configured)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            key = Encoding.UTF8.GetBytes(configured);
        }
    }

    /// <summary>The pseudonym of <paramref name="id"/>; "none" for no id.</summary>
    public static string Of(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return "none";
        }

        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(id), hash);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
