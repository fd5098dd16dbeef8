namespace CareerBot.Core.Dialogs;

/// <summary>A turn lost the race to save its conversation's state <see cref="ConversationEngine.MaxAttempts"/> times.</summary>
public sealed class StateConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StateConflictException(string conversationId, int attempts)
        : base($"The state of conversation {conversationId} changed under {attempts} attempts of the same turn.")
    {
    }
}
