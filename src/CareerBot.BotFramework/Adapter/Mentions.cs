using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Teams writes "&lt;at&gt;CareerBot&lt;/at&gt; what is the salary?" in channels and group chats.</summary>
public static class Mentions
{
    /// <summary>The text with every mention of the bot (the recipient) removed, then trimmed.</summary>
    public static string? RemoveBotMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(text) || activity.Entities is not { Count: > 0 } entities || string.IsNullOrEmpty(botId))
        {
            return text?.Trim();
        }

        foreach (var mention in entities.Where(e => e.Type == "mention" && e.Mentioned?.Id == botId))
        {
            var written = mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(written))
            {
                text = text.Replace(written, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
