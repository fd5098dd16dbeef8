using CareerBot.BotFramework.Adapter;
using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Connector;

/// <summary>Where the replies of <c>/api/messages</c> turns go in normal delivery: the outbox. A turn's replies are
/// committed there with its state (<see cref="Encode"/>), other messages (the apology after a failed turn, the
/// Emulator's trace) are added on their own; either way the channel's request is answered once they are durable, and
/// the <see cref="ReplyDeliverer"/> sends them. A typing indicator is not worth keeping: it is sent at once, one
/// attempt of at most <see cref="TypingTimeout"/>.</summary>
public sealed class ConnectorOutbox : IOutboxReplySink
{
    /// <summary>How long a typing indicator may take to send.</summary>
    public static readonly TimeSpan TypingTimeout = TimeSpan.FromSeconds(5);

    private readonly IReplyOutbox outbox;
    private readonly IConnectorClient connector;
    private readonly OutboxSignal signal;
    private readonly ILogger<ConnectorOutbox> logger;

    /// <summary>Creates the sink.</summary>
    public ConnectorOutbox(IReplyOutbox outbox, IConnectorClient connector, OutboxSignal signal, ILogger<ConnectorOutbox> logger)
    {
        this.outbox = outbox;
        this.connector = connector;
        this.signal = signal;
        this.logger = logger;
    }

    /// <inheritdoc />
    public IReadOnlyList<OutboxMessage> Encode(IReadOnlyList<Activity> activities, AnswerLabel? label)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return [.. activities.Select(activity => new OutboxMessage(OutboxPayload.Encode(activity, label)))];
    }

    /// <inheritdoc />
    public void Committed() => signal.Wake();

    /// <inheritdoc />
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Typing)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TypingTimeout);
            try
            {
                await connector.SendAsync(activity, timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogDebug("A typing indicator for conversation {Conversation} took longer than {Timeout}: dropped", Pseudonym.Of(activity.Conversation?.Id), TypingTimeout);
            }

            return;
        }

        await outbox.EnqueueAsync(activity.Conversation?.Id ?? string.Empty, Encode([activity], null), cancellationToken);
        signal.Wake();
    }
}
