using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Where Direct Line conversations and their activities are kept. Positions (watermarks) increase by one per
/// activity from 0; an activity's id is <c>{conversationId}|{position:D7}</c>. Implementations keep history bounded
/// (<see cref="DirectLineOptions.MaxHistory"/> activities, <see cref="DirectLineOptions.MaxHistoryBytes"/> bytes of
/// JSON), enforce <see cref="DirectLineOptions.MaxConversations"/> atomically, and forget idle conversations
/// (<see cref="DirectLineOptions.ConversationIdleTimeout"/>).</summary>
public interface IDirectLineConversationStore
{
    /// <summary>Creates <paramref name="conversation"/> unless it exists. True when this call created it (the caller
    /// then welcomes the user); false when it already existed. Throws <see cref="ConversationLimitException"/> when
    /// no more conversations can be kept.</summary>
    Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>The conversation, or null when it is unknown or forgotten.</summary>
    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends <paramref name="activity"/> and returns it with its id; null when the conversation is unknown.</summary>
    Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/> (all kept ones when null); null when the conversation is unknown.</summary>
    Task<ActivitySet?> ReadAsync(string conversationId, long? watermark, CancellationToken cancellationToken);

    /// <summary>How many conversations are kept.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the conversations idle since before <paramref name="idleSince"/>; returns their ids.</summary>
    Task<IReadOnlyList<string>> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken);
}
