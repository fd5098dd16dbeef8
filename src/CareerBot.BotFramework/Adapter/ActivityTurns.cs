using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Turns an incoming activity into the turns the conversation handles (none for activities it ignores).</summary>
public static class ActivityTurns
{
    /// <summary>The turns of <paramref name="activity"/>: a message (or a card's Action.Submit); one per member added who is not the bot;
    /// an install (welcome); an uninstall or end of conversation (forget). Other activities give none.</summary>
    public static IReadOnlyList<Turn> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var userId = activity.From?.Id ?? string.Empty;
        switch (activity.Type)
        {
            case ActivityTypes.Message when CardData.FromSubmit(activity.Value) is { } submitted:
                return [new Turn(conversationId, userId, TurnKind.CardAction, Locale: activity.Locale, Data: submitted.Data, Name: submitted.Verb)];

            case ActivityTypes.Message:
                return [new Turn(conversationId, userId, TurnKind.Message, Mentions.RemoveBotMentions(activity), activity.Locale)];

            case ActivityTypes.ConversationUpdate:
                var botId = activity.Recipient?.Id;
                return
                [
                    .. (activity.MembersAdded ?? [])
                        .Where(member => !string.IsNullOrEmpty(member.Id) && member.Id != botId)
                        .Select(member => new Turn(conversationId, member.Id!, TurnKind.MemberAdded, Locale: activity.Locale)),
                ];

            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                return [new Turn(conversationId, userId, TurnKind.MemberAdded, Locale: activity.Locale)];

            case ActivityTypes.InstallationUpdate when activity.Action is "remove" or "remove-upgrade":
            case ActivityTypes.EndOfConversation:
                return [new Turn(conversationId, userId, TurnKind.ConversationEnded, Locale: activity.Locale)];

            default:
                return [];
        }
    }
}
