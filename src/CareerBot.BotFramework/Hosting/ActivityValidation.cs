using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Checks that an incoming activity has what the adapter needs, naming what is missing.</summary>
public static class ActivityValidation
{
    /// <summary>A description of the first problem, or null when the activity can be processed.</summary>
    public static string? Problem(Activity? activity)
    {
        if (activity is null)
        {
            return "The body must be an activity object.";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        var needsConversation = activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate
            or ActivityTypes.InstallationUpdate or ActivityTypes.EndOfConversation or ActivityTypes.Invoke;
        if (needsConversation && string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return "The message has no 'from.id'.";
        }

        return null;
    }
}
