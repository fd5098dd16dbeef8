using System.Text.Json;
using CareerBot.BotFramework.Cards;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Adapter;

/// <summary>Turns the conversation's replies into activities for the channel the turn came from.</summary>
public static class ReplyActivities
{
    /// <summary>A message activity carrying <paramref name="reply"/>, stamped from <paramref name="incoming"/>:
    /// same channel, service URL, conversation (in a Teams channel, its thread: <c>…;messageid=…</c>) and locale; from
    /// and recipient swapped; in reply to it. Suggested actions are <c>imBack</c> buttons, except in a group chat or a
    /// channel, where Teams cannot show them: there they become a card of buttons after the reply's own card. A reply's
    /// source is a citation in Teams and a "Source:" line elsewhere (<see cref="Citations"/>).</summary>
    public static Activity Create(Activity incoming, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        var hasActions = reply.SuggestedActions.Count > 0;
        var group = GroupConversations.IsGroup(incoming);
        List<Attachment> attachments = [];
        if (reply.Card is { } card)
        {
            attachments.Add(AdaptiveCards.Attachment(card, AdaptiveCards.SupportsUniversalActions(incoming.ChannelId)));
        }

        if (hasActions && group)
        {
            attachments.Add(AdaptiveCards.Suggestions(reply.SuggestedActions));
        }

        var text = reply.Markdown;
        IReadOnlyList<Entity>? entities = null;
        if (reply.Source is { } source)
        {
            var cites = Citations.ShowsCitations(incoming.ChannelId);
            text = cites ? Citations.Mark(text) : Citations.WithLine(text, source);
            entities = cites ? [Citations.MessageEntity(source)] : null;
        }

        return Stamp(incoming) with
        {
            Type = ActivityTypes.Message,
            Text = text,
            Entities = entities,
            TextFormat = "markdown",
            InputHint = hasActions ? "expectingInput" : "acceptingInput",
            Attachments = attachments.Count > 0 ? attachments : null,
            SuggestedActions = !hasActions || group
                ? null
                : new SuggestedActions(
                    incoming.From?.Id is { } userId ? [userId] : [],
                    [.. reply.SuggestedActions.Select(a => new CardAction("imBack", a.Title, a.Value))]),
        };
    }

    /// <summary>A typing indicator, sent when a turn takes a while.</summary>
    public static Activity Typing(Activity incoming) => Stamp(incoming) with { Type = ActivityTypes.Typing };

    /// <summary>A trace activity (shown by the Emulator only) describing a failure.</summary>
    public static Activity Trace(Activity incoming, string label, string detail) => Stamp(incoming) with
    {
        Type = ActivityTypes.Trace,
        Name = "OnTurnError Trace",
        Properties = new()
        {
            ["label"] = JsonSerializer.SerializeToElement(label, BotJsonContext.Default.String),
            ["valueType"] = JsonSerializer.SerializeToElement("https://www.botframework.com/schemas/error", BotJsonContext.Default.String),
        },
        Value = JsonSerializer.SerializeToElement(detail, BotJsonContext.Default.String),
    };

    private static Activity Stamp(Activity incoming) => new()
    {
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        Locale = incoming.Locale,
        From = incoming.Recipient,
        Recipient = incoming.From,
        ReplyToId = IsPlainSend(incoming) ? null : incoming.Id,
    };

    // Direct Line and Web Chat show a reply to a conversationUpdate as a plain message, not a reply in thread.
    private static bool IsPlainSend(Activity incoming) =>
        incoming.Type == ActivityTypes.ConversationUpdate && incoming.ChannelId is "directline" or "webchat";
}
