namespace CareerBot.BotFramework.DirectLine;

/// <summary>Thrown when the store keeps as many conversations as it may.</summary>
public sealed class ConversationLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConversationLimitException()
        : base("Too many conversations are open; try again later.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ConversationLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ConversationLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
