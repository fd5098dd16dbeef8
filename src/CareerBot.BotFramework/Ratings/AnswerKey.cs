using System.Security.Cryptography;
using System.Text;

namespace CareerBot.BotFramework.Ratings;

/// <summary>The key of an answer in the ledger: a SHA-256 of its conversation and activity ids (the ledger holds no
/// channel id in clear). A Teams channel thread's conversation id (<c>…;messageid=…</c>) counts as its conversation's,
/// so that a rating sent without the thread suffix still finds its answer.</summary>
public static class AnswerKey
{
    private const string ThreadSuffix = ";messageid=";

    /// <summary>The key of <paramref name="activityId"/> in <paramref name="conversationId"/> (32 hex digits).</summary>
    public static string Of(string conversationId, string activityId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(activityId);
        var thread = conversationId.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        var conversation = thread < 0 ? conversationId : conversationId[..thread];
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(conversation + "\n" + activityId), hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
