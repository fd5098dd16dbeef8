namespace CareerBot.WebChat;

/// <summary>The sentences the page's script uses, in the page's language, placeholders filled but <c>{min}</c> and
/// <c>{max}</c> of <paramref name="CardNumberError"/> (the script knows each card's range).</summary>
/// <param name="InputPlaceholder">The send box's placeholder.</param>
/// <param name="InputLabel">The send box's accessible name.</param>
/// <param name="BotSaid">Said by screen readers before the bot's messages.</param>
/// <param name="NewConversationStarted">Announced when a new conversation starts.</param>
/// <param name="Unreachable">Shown when the chat cannot be reached.</param>
/// <param name="Ended">Shown when the conversation has ended on the server.</param>
/// <param name="CardNumberError">Under a card's number field left empty or out of range.</param>
/// <param name="Feedback">The words of the rating control under answers.</param>
internal sealed record WebChatPageWords(
    string InputPlaceholder, string InputLabel, string BotSaid, string NewConversationStarted, string Unreachable, string Ended, string CardNumberError,
    WebChatFeedbackWords Feedback);
