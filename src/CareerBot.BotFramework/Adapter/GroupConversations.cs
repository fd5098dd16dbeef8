using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Conversations of several people: a Teams group chat or a team's channel. There the bot hears only what
/// mentions it, cannot show suggested actions, and introduces itself once when it is added.</summary>
public static class GroupConversations
{
    /// <summary>True for a group chat or a channel (<c>conversation.isGroup</c>, or a Teams <c>conversationType</c>
    /// of <c>groupChat</c> or <c>channel</c>).</summary>
    public static bool IsGroup(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation is { } conversation
            && (conversation.IsGroup == true || conversation.ConversationType is "groupChat" or "channel");
    }

    /// <summary>True for a team's channel, where Teams shows no typing indicator.</summary>
    public static bool IsChannel(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType == "channel";
    }
}
