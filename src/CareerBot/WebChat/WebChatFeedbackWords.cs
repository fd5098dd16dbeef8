using CareerBot.Core.Content;

namespace CareerBot.WebChat;

/// <summary>The words of the rating control the page's script puts under answers (<c>webchat.feedback-*</c>).</summary>
/// <param name="Group">The control's accessible name.</param>
/// <param name="Like">The thumbs-up button's name.</param>
/// <param name="Dislike">The thumbs-down button's name.</param>
/// <param name="Comment">The optional comment field's label.</param>
/// <param name="Send">The send button.</param>
/// <param name="Thanks">Shown once the rating is sent.</param>
/// <param name="Failed">Shown when it could not be sent.</param>
internal sealed record WebChatFeedbackWords(string Group, string Like, string Dislike, string Comment, string Send, string Thanks, string Failed)
{
    /// <summary>The words, each said by <paramref name="say"/> (the page's language, placeholders filled).</summary>
    public static WebChatFeedbackWords From(Func<MessageKey, string> say) => new(
        say(WebChatMessageKeys.FeedbackGroup),
        say(WebChatMessageKeys.FeedbackLike),
        say(WebChatMessageKeys.FeedbackDislike),
        say(WebChatMessageKeys.FeedbackComment),
        say(WebChatMessageKeys.FeedbackSend),
        say(WebChatMessageKeys.FeedbackThanks),
        say(WebChatMessageKeys.FeedbackFailed));
}
