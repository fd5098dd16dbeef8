using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Checks that an incoming activity has what the adapter needs and that none of its strings is longer than any
/// channel sends (ids are kept as keys, logged as pseudonyms and stored: an id of 240 KB would cost that much on every
/// record), naming the first problem.</summary>
public static class ActivityValidation
{
    /// <summary>The longest id (activity, conversation, account, reply-to) accepted, in characters. Teams' longest ids
    /// (a channel thread, a personal chat) are under 200.</summary>
    public const int MaxIdLength = 512;

    /// <summary>The longest name (of an account, a conversation, an invoke or event) accepted.</summary>
    public const int MaxNameLength = 256;

    /// <summary>The longest short word (type, channel id, locale, role, text format…) accepted.</summary>
    public const int MaxWordLength = 64;

    /// <summary>The most members one update may list, added or removed.</summary>
    public const int MaxMembers = 256;

    /// <summary>The most entities one activity may carry.</summary>
    public const int MaxEntities = 64;

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

        if (LengthProblem(activity) is { } tooLong)
        {
            return tooLong;
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

    /// <summary>The first string field longer than its limit (or list longer than its), as a message naming it; null
    /// when there is none. The text itself is bounded by the body's size only: the conversation answers a long text
    /// politely.</summary>
    public static string? LengthProblem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Word("type", activity.Type)
            ?? Id("id", activity.Id)
            ?? Id("replyToId", activity.ReplyToId)
            ?? Word("channelId", activity.ChannelId)
            ?? Check("serviceUrl", activity.ServiceUrl, Connector.ServiceUrlPolicy.MaxLength)
            ?? Word("locale", activity.Locale)
            ?? Word("localTimezone", activity.LocalTimezone)
            ?? Word("textFormat", activity.TextFormat)
            ?? Word("inputHint", activity.InputHint)
            ?? Word("attachmentLayout", activity.AttachmentLayout)
            ?? Word("action", activity.Action)
            ?? Word("deliveryMode", activity.DeliveryMode)
            ?? Name("name", activity.Name)
            ?? Account("from", activity.From)
            ?? Account("recipient", activity.Recipient)
            ?? Conversation(activity.Conversation)
            ?? Members("membersAdded", activity.MembersAdded)
            ?? Members("membersRemoved", activity.MembersRemoved)
            ?? Entities(activity.Entities);
    }

    private static string? Conversation(ConversationAccount? conversation) =>
        conversation is null
            ? null
            : Id("conversation.id", conversation.Id)
                ?? Name("conversation.name", conversation.Name)
                ?? Word("conversation.conversationType", conversation.ConversationType)
                ?? Check("conversation.tenantId", conversation.TenantId, MaxWordLength * 2);

    private static string? Account(string field, ChannelAccount? account) =>
        account is null
            ? null
            : Id(field + ".id", account.Id)
                ?? Name(field + ".name", account.Name)
                ?? Check(field + ".aadObjectId", account.AadObjectId, MaxWordLength * 2)
                ?? Word(field + ".role", account.Role);

    private static string? Members(string field, IReadOnlyList<ChannelAccount>? members)
    {
        if (members is null)
        {
            return null;
        }

        if (members.Count > MaxMembers)
        {
            return $"The activity's '{field}' lists more than {MaxMembers} members.";
        }

        foreach (var member in members)
        {
            if (Account(field + "[]", member) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Entities(IReadOnlyList<Entity>? entities)
    {
        if (entities is null)
        {
            return null;
        }

        if (entities.Count > MaxEntities)
        {
            return $"The activity has more than {MaxEntities} entities.";
        }

        foreach (var entity in entities)
        {
            if ((Word("entities[].type", entity.Type) ?? Check("entities[].text", entity.Text, MaxNameLength * 4) ?? Account("entities[].mentioned", entity.Mentioned)) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Id(string field, string? value) => Check(field, value, MaxIdLength);

    private static string? Name(string field, string? value) => Check(field, value, MaxNameLength);

    private static string? Word(string field, string? value) => Check(field, value, MaxWordLength);

    private static string? Check(string field, string? value, int max) =>
        value is not null && value.Length > max ? $"The activity's '{field}' is longer than {max} characters." : null;
}
