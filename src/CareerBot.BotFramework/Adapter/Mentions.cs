using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Teams writes "&lt;at&gt;CareerBot&lt;/at&gt; what is the salary?" in channels and group chats, with a
/// <c>mention</c> entity for each name (a long name may be split over several).</summary>
public static class Mentions
{
    /// <summary>True when a <c>mention</c> entity names the bot (the recipient).</summary>
    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return BotMentions(activity).Any();
    }

    /// <summary>The text with every mention of the bot (the recipient) removed, then trimmed.</summary>
    public static string? RemoveBotMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text))
        {
            return text?.Trim();
        }

        foreach (var mention in BotMentions(activity))
        {
            var written = mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(written))
            {
                text = text.Replace(written, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    private static IEnumerable<Entity> BotMentions(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        return string.IsNullOrEmpty(botId) || activity.Entities is not { Count: > 0 } entities
            ? []
            : entities.Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase) && e.Mentioned?.Id == botId);
    }
}
