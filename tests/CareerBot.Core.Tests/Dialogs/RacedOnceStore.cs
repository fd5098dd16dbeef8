using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Tests.Dialogs;

/// <summary>A store where another turn of the conversation writes just before the first save that carries
/// replies, so that save loses its race.</summary>
internal sealed class RacedOnceStore : IConversationStateStore
{
    private readonly MemoryConversationStateStore inner;
    private bool raced;

    public RacedOnceStore(MemoryConversationStateStore inner)
    {
        this.inner = inner;
    }

    public ValueTask<StoredState> LoadAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.LoadAsync(conversationId, cancellationToken);

    public async ValueTask<bool> TrySaveAsync(string conversationId, ConversationState state, string? expectedETag, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken)
    {
        if (!raced && outbox.Count > 0)
        {
            raced = true;
            Assert.True(await inner.TrySaveAsync(conversationId, ConversationState.Empty with { LanguageCode = "fr" }, expectedETag, [], cancellationToken));
        }

        return await inner.TrySaveAsync(conversationId, state, expectedETag, outbox, cancellationToken);
    }

    public ValueTask DeleteAsync(string conversationId, CancellationToken cancellationToken) =>
        inner.DeleteAsync(conversationId, cancellationToken);

    public ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken) =>
        inner.RemoveIdleAsync(idleSince, cancellationToken);
}
