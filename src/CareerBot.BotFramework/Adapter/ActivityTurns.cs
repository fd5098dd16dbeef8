using CareerBot.BotFramework.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Turns an incoming activity into the turns the conversation handles (none for activities it ignores).</summary>
public static class ActivityTurns
{
    /// <summary>The most members one <c>conversationUpdate</c> welcomes: a handful of turns at most, however many
    /// members it lists (a person joins alone; an update listing thousands would otherwise run thousands of turns).</summary>
    public const int MaxWelcomesPerUpdate = 3;

    /// <summary>The turns of <paramref name="activity"/>: a message (or a card's Action.Submit); one per member added who
    /// is not the bot, for the first <see cref="MaxWelcomesPerUpdate"/> distinct ones;
    /// an install (welcome); an uninstall or end of conversation (forget). Other activities give none.
    /// In a group chat or a channel (<see cref="GroupConversations"/>), a message counts only when it mentions the bot
    /// or comes from one of its cards, and the bot welcomes the conversation once, when it is added, rather than
    /// every member who joins.</summary>
    public static IReadOnlyList<Turn> From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var userId = activity.From?.Id ?? string.Empty;
        var group = GroupConversations.IsGroup(activity);
        switch (activity.Type)
        {
            // A suggestion card's button (AdaptiveCards.Suggestions) stands for the user typing its text.
            case ActivityTypes.Message when CardData.FromSubmit(activity.Value) is { Verb: AdaptiveCards.AskVerb } asked:
                return [new Turn(conversationId, userId, TurnKind.Message, asked.Data.GetValueOrDefault(AdaptiveCards.AskTextField), activity.Locale, Group: group)];

            case ActivityTypes.Message when CardData.FromSubmit(activity.Value) is { } submitted:
                return [new Turn(conversationId, userId, TurnKind.CardAction, Locale: activity.Locale, Data: submitted.Data, Name: submitted.Verb, Group: group)];

            // Not addressed to the bot: Teams sends these only to bots allowed to read every message.
            case ActivityTypes.Message when group && !Mentions.MentionsBot(activity):
                return [];

            case ActivityTypes.Message:
                return [new Turn(conversationId, userId, TurnKind.Message, Mentions.RemoveBotMentions(activity), activity.Locale, Group: group)];

            case ActivityTypes.ConversationUpdate when group:
                var added = activity.MembersAdded?.Any(member => !string.IsNullOrEmpty(member.Id) && member.Id == activity.Recipient?.Id) == true;
                return added ? [Welcome(activity, conversationId, group)] : [];

            case ActivityTypes.ConversationUpdate:
                var botId = activity.Recipient?.Id;
                return
                [
                    .. (activity.MembersAdded ?? [])
                        .Where(member => !string.IsNullOrEmpty(member.Id) && member.Id != botId)
                        .Select(member => member.Id!)
                        .Distinct(StringComparer.Ordinal)
                        .Take(MaxWelcomesPerUpdate)
                        .Select(memberId => new Turn(conversationId, memberId, TurnKind.MemberAdded, Locale: activity.Locale)),
                ];

            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
                return [Welcome(activity, conversationId, group)];

            case ActivityTypes.InstallationUpdate when activity.Action is "remove" or "remove-upgrade":
            case ActivityTypes.EndOfConversation:
                return [new Turn(conversationId, userId, TurnKind.ConversationEnded, Locale: activity.Locale, Group: group)];

            default:
                return [];
        }
    }

    // The install and the conversationUpdate that adds the bot both come from the person who added it: the
    // conversation welcomes that id once.
    private static Turn Welcome(Activity activity, string conversationId, bool group) =>
        new(conversationId, activity.From?.Id is { Length: > 0 } from ? from : conversationId, TurnKind.MemberAdded, Locale: activity.Locale, Group: group);
}
