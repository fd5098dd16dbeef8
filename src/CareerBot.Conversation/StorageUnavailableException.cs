namespace CareerBot.Conversation;

/// <summary>Conversation data could not be read or written: the store (a database) is unreachable. Nothing of the turn
/// was saved; the same activity can be sent again once the store is back. Channels answer 503 with Retry-After.</summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>How long a caller should wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException()
        : this("The conversation store is unavailable.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception from the store's own error.</summary>
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
