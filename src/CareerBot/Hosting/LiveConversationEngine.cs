using CareerBot.Conversation;

namespace CareerBot.Hosting;

/// <summary>The conversation engine of the content in use: each turn runs whole on the engine of the snapshot it finds
/// at its start (<see cref="LiveContent.Current"/>, one volatile read), so an edit applied meanwhile never mixes two
/// versions of the content in one turn.</summary>
internal sealed class LiveConversationEngine : IConversationEngine
{
    private readonly LiveContent live;

    public LiveConversationEngine(LiveContent live)
    {
        this.live = live;
    }

    public ValueTask<TurnResult> HandleAsync(Turn turn, OutboxEncoder? outbox, CancellationToken cancellationToken) =>
        live.Current.Engine.HandleAsync(turn, outbox, cancellationToken);

    public ValueTask<Reply> RecoverAsync(Turn turn, CancellationToken cancellationToken) =>
        live.Current.Engine.RecoverAsync(turn, cancellationToken);
}
