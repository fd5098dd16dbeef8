using CareerBot.Core.Content;

namespace CareerBot.WebChat;

/// <summary>The words of the Web Chat page, by message key in <c>dialogs/{language}/messages.md</c> (the <c>webchat.*</c>
/// keys, at the end of each file). <c>{bot}</c> is the bot's name from the <c>WebChat</c> settings. All are plain text
/// (the page puts them in HTML attributes and text, encoded), one line each.</summary>
public static class WebChatMessageKeys
{
    /// <summary>The page's description for search engines and link previews; it opens the page's keys in the files.</summary>
    public static readonly MessageKey Description = Plain("webchat.description", 300, "bot");

    /// <summary>The browser tab's title.</summary>
    public static readonly MessageKey Title = Plain("webchat.title", 70, "bot");

    /// <summary>The line under the bot's name in the header.</summary>
    public static readonly MessageKey Tagline = Plain("webchat.tagline", 160);

    /// <summary>The accessible name of the conversation region.</summary>
    public static readonly MessageKey ConversationLabel = Plain("webchat.conversation-label", 80, "bot");

    /// <summary>The send box's placeholder.</summary>
    public static readonly MessageKey InputPlaceholder = Plain("webchat.input-placeholder", 60);

    /// <summary>The send box's accessible name.</summary>
    public static readonly MessageKey InputLabel = Plain("webchat.input-label", 80, "bot");

    /// <summary>What a screen reader says before each of the bot's messages.</summary>
    public static readonly MessageKey BotSaid = Plain("webchat.bot-said", 40, "bot");

    /// <summary>The control that starts a new conversation.</summary>
    public static readonly MessageKey NewConversation = Plain("webchat.new-conversation", 30);

    /// <summary>Announced (and shown briefly) when a new conversation has started.</summary>
    public static readonly MessageKey NewConversationStarted = Plain("webchat.new-conversation-started", 100);

    /// <summary>The link to the page in the other language, written in that language.</summary>
    public static readonly MessageKey OtherLanguage = Plain("webchat.other-language", 30);

    /// <summary>Shown while the chat loads.</summary>
    public static readonly MessageKey Loading = Plain("webchat.loading", 80);

    /// <summary>Shown when the chat service cannot be reached.</summary>
    public static readonly MessageKey Unreachable = Plain("webchat.unreachable", 160, "bot");

    /// <summary>Shown when the conversation is over on the server (forgotten after its idle time).</summary>
    public static readonly MessageKey Ended = Plain("webchat.ended", 160);

    /// <summary>Under a card's number field when it is empty or out of its range.</summary>
    public static readonly MessageKey CardNumberError = Plain("webchat.card-number-error", 100, "min", "max");

    /// <summary>Shown when the browser runs no JavaScript.</summary>
    public static readonly MessageKey NoScript = Plain("webchat.noscript", 160, "bot");

    /// <summary>The accessible name of the rating control under an answer.</summary>
    public static readonly MessageKey FeedbackGroup = Plain("webchat.feedback-group", 60);

    /// <summary>The thumbs-up button's name.</summary>
    public static readonly MessageKey FeedbackLike = Plain("webchat.feedback-like", 40);

    /// <summary>The thumbs-down button's name.</summary>
    public static readonly MessageKey FeedbackDislike = Plain("webchat.feedback-dislike", 40);

    /// <summary>The label of the optional comment field shown after a thumb is chosen.</summary>
    public static readonly MessageKey FeedbackComment = Plain("webchat.feedback-comment", 80);

    /// <summary>The button that sends the rating.</summary>
    public static readonly MessageKey FeedbackSend = Plain("webchat.feedback-send", 30);

    /// <summary>Shown (and announced) once the rating is sent.</summary>
    public static readonly MessageKey FeedbackThanks = Plain("webchat.feedback-thanks", 100);

    /// <summary>Shown when the rating could not be sent.</summary>
    public static readonly MessageKey FeedbackFailed = Plain("webchat.feedback-failed", 120);

    /// <summary>Every key of the page; the content must have each, in every language.</summary>
    public static IReadOnlyCollection<MessageKey> All { get; } =
    [
        Description, Title, Tagline, ConversationLabel, InputPlaceholder, InputLabel, BotSaid, NewConversation,
        NewConversationStarted, OtherLanguage, Loading, Unreachable, Ended, CardNumberError, NoScript, FeedbackGroup,
        FeedbackLike, FeedbackDislike, FeedbackComment, FeedbackSend, FeedbackThanks, FeedbackFailed,
    ];

    private static MessageKey Plain(string name, int maxLength, params string[] placeholders) =>
        new(name, placeholders) { MaxLength = maxLength, PlainText = true };
}
