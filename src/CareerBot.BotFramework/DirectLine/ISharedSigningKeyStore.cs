namespace CareerBot.BotFramework.DirectLine;

/// <summary>A place every instance of the bot reads, where the generated token signing key is kept, so that a token
/// issued by one instance is valid on the others (a shared database). Without one, the key is kept in a file.</summary>
public interface ISharedSigningKeyStore
{
    /// <summary>The kept key; <paramref name="candidate"/> is kept and returned when there is none yet. Two instances
    /// calling at once get the same key. Throws <see cref="CareerBot.Conversation.StorageUnavailableException"/> when
    /// the store cannot be reached.</summary>
    byte[] GetOrAdd(byte[] candidate);
}
