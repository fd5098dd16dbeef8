namespace CareerBot.BotFramework.Schema;

/// <summary>The activity types the adapter distinguishes.</summary>
public static class ActivityTypes
{
    /// <summary>A message.</summary>
    public const string Message = "message";

    /// <summary>Members joined or left.</summary>
    public const string ConversationUpdate = "conversationUpdate";

    /// <summary>The bot was installed or removed (Teams).</summary>
    public const string InstallationUpdate = "installationUpdate";

    /// <summary>The conversation ended.</summary>
    public const string EndOfConversation = "endOfConversation";

    /// <summary>A request that expects a response in the HTTP body.</summary>
    public const string Invoke = "invoke";

    /// <summary>The sender is typing.</summary>
    public const string Typing = "typing";

    /// <summary>Debugging information (Emulator only).</summary>
    public const string Trace = "trace";
}
