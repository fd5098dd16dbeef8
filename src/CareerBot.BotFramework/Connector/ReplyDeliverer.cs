using CareerBot.BotFramework.Ratings;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Delivers the replies of the outbox to the channels' connectors, as a message system would. Each reply is
/// claimed for a lease (so that one instance sends it), posted once, then removed when delivered or refused for good,
/// or postponed after a failure that may pass (the connection, 429/412 with their <c>Retry-After</c>, 500, 502, 503, 504,
/// a timeout), with an exponential backoff up to <c>Connector:MaxRetryDelay</c>, for <c>Connector:MaxDeliveryTime</c>
/// after its turn at most. Replies of one conversation go in order: the next is claimed only once the one before is
/// gone. An attempt is never abandoned early and repeated while the connector may still be processing it: it lasts up to
/// <c>Connector:AttemptTimeout</c>, and the lease outlasts it. A reply given up is counted in
/// <c>careerbot.connector.failures</c> by reason and logged once with the conversation's pseudonym. An answer that can
/// be rated is recorded in the <see cref="IAnswerLedger"/> with the id the connector gave it. On shutdown no new
/// reply is claimed and the attempts in flight finish; what is left waits in the outbox for the next start.</summary>
public sealed class ReplyDeliverer : BackgroundService
{
    /// <summary>How much longer a lease lasts than an attempt may: time to record its result.</summary>
    public static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(15);

    private readonly IReplyOutbox outbox;
    private readonly IConnectorClient connector;
    private readonly IAnswerLedger answers;
    private readonly OutboxSignal signal;
    private readonly TimeProvider time;
    private readonly ConnectorOptions options;
    private readonly ILogger<ReplyDeliverer> logger;
    private bool unavailable;

    /// <summary>Creates the deliverer.</summary>
    public ReplyDeliverer(IReplyOutbox outbox, IConnectorClient connector, IAnswerLedger answers, OutboxSignal signal, TimeProvider time, IOptions<ConnectorOptions> options, ILogger<ReplyDeliverer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.outbox = outbox;
        this.connector = connector;
        this.answers = answers;
        this.signal = signal;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>The wait before attempt number <paramref name="failed"/> + 1, after <paramref name="failed"/> failed
    /// ones: <c>RetryDelay</c> doubled each time, at most <c>MaxRetryDelay</c>, between 80% and 120% of it; or the
    /// connector's <paramref name="retryAfter"/> when longer.</summary>
    public TimeSpan Backoff(int failed, TimeSpan? retryAfter)
    {
        var exponential = options.RetryDelay * Math.Pow(2, Math.Clamp(failed - 1, 0, 30));
        var capped = exponential > options.MaxRetryDelay ? options.MaxRetryDelay : exponential;
        var jittered = capped * (0.8 + (0.4 * Random.Shared.NextDouble()));
        return retryAfter is { } asked && asked > jittered ? asked : jittered;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var inFlight = new List<Task>();
        var lease = options.AttemptTimeout + LeaseMargin;
        var counted = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                inFlight.RemoveAll(task => task.IsCompleted);
                var woken = signal.Next();
                var free = options.MaxConcurrentSends - inFlight.Count;
                var claimed = free > 0 ? await ClaimAsync(free, lease, stoppingToken) : [];
                foreach (var item in claimed)
                {
                    // Not tied to stoppingToken: an attempt under way is finished, not abandoned, at shutdown.
                    inFlight.Add(Task.Run(() => DeliverAsync(item), CancellationToken.None));
                }

                if (time.GetUtcNow() - counted >= CountInterval)
                {
                    counted = time.GetUtcNow();
                    await CountAsync(stoppingToken);
                }

                // Until a reply is committed, an attempt ends (the next reply of its conversation may go), or the poll.
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny([woken, Task.Delay(options.PollInterval, time, poll.Token), .. inFlight]);
                await poll.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: no new claim.
        }

        await Task.WhenAll(inFlight);
    }

    private async Task<IReadOnlyList<OutboxItem>> ClaimAsync(int max, TimeSpan lease, CancellationToken stoppingToken)
    {
        try
        {
            var claimed = await outbox.ClaimAsync(max, lease, stoppingToken);
            if (unavailable)
            {
                unavailable = false;
                logger.LogInformation("The reply outbox is available again; delivering");
            }

            return claimed;
        }
        catch (StorageUnavailableException exception)
        {
            if (!unavailable)
            {
                unavailable = true;
                logger.LogWarning("The reply outbox is unavailable ({Reason}); replies wait until it is back", exception.Message);
            }

            return [];
        }
    }

    private async Task CountAsync(CancellationToken stoppingToken)
    {
        try
        {
            BotTelemetry.SetPendingReplies(await outbox.CountAsync(stoppingToken));
        }
        catch (StorageUnavailableException)
        {
            // Counted again later.
        }
    }

    private async Task DeliverAsync(OutboxItem item)
    {
        try
        {
            var read = OutboxPayload.Decode(item.Payload);
            var attempt = read is { Activity: var activity }
                ? await connector.SendAsync(activity, CancellationToken.None)
                : ConnectorAttempt.GiveUp(ConnectorReasons.Unreadable);
            switch (attempt.Outcome)
            {
                case ConnectorOutcome.Delivered:
                    await outbox.RemoveAsync(item, CancellationToken.None);
                    if (item.Attempts > 0)
                    {
                        logger.LogInformation("Reply to conversation {Conversation} delivered at attempt {Attempt}", Pseudonym.Of(item.ConversationId), item.Attempts + 1);
                    }

                    if (read is { Label: { } label } && attempt.Id is { } id)
                    {
                        await RecordAsync(item.ConversationId, id, label);
                    }

                    break;
                case ConnectorOutcome.GiveUp:
                    await GiveUpAsync(item, attempt);
                    break;
                default:
                    var dueAt = time.GetUtcNow() + Backoff(item.Attempts + 1, attempt.RetryAfter);
                    if (dueAt > item.CreatedAt + options.MaxDeliveryTime)
                    {
                        await GiveUpAsync(item, attempt);
                        break;
                    }

                    BotTelemetry.ConnectorRetries.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Reason, attempt.Reason));
                    await outbox.PostponeAsync(item, dueAt, CancellationToken.None);
                    break;
            }
        }
        catch (StorageUnavailableException exception)
        {
            // The outcome is not recorded: the reply is claimed again once its lease ends. If it was delivered, it
            // will be delivered twice; the docs say so.
            logger.LogWarning("The outcome of a reply to conversation {Conversation} could not be recorded ({Reason}); it will be tried again", Pseudonym.Of(item.ConversationId), exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Delivering a reply to conversation {Conversation} failed; it will be tried again when its lease ends", Pseudonym.Of(item.ConversationId));
        }
        finally
        {
            signal.Wake();
        }
    }

    private async Task GiveUpAsync(OutboxItem item, ConnectorAttempt attempt)
    {
        BotTelemetry.ConnectorFailures.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Reason, attempt.Reason));
        logger.LogWarning(
            "Reply to conversation {Conversation} not delivered: {Reason} ({StatusCode}) after {Attempts} attempts over {Elapsed}; given up",
            Pseudonym.Of(item.ConversationId), attempt.Reason, attempt.StatusCode, item.Attempts + 1, time.GetUtcNow() - item.CreatedAt);
        await outbox.RemoveAsync(item, CancellationToken.None);
    }

    // Delivered whatever happens here: a rating of an answer the ledger missed is kept as "unknown".
    private async Task RecordAsync(string conversationId, string activityId, AnswerLabel label)
    {
        try
        {
            await answers.RecordAsync(conversationId, activityId, label, CancellationToken.None);
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning("The answer delivered to conversation {Conversation} could not be recorded for its ratings ({Reason})", Pseudonym.Of(conversationId), exception.Message);
        }
    }
}
