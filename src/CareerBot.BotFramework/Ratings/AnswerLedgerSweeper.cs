using CareerBot.BotFramework.Hosting;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Ratings;

/// <summary>Removes, every <see cref="FeedbackOptions.SweepInterval"/>, the ledger's answers older than
/// <see cref="FeedbackOptions.AnswerRetention"/>. Several instances may sweep the same database: deleting is
/// idempotent.</summary>
public sealed class AnswerLedgerSweeper : PeriodicSweeper
{
    private readonly IAnswerLedger ledger;
    private readonly TimeProvider time;
    private readonly FeedbackOptions options;
    private readonly ILogger<AnswerLedgerSweeper> logger;

    /// <summary>Creates the sweeper.</summary>
    public AnswerLedgerSweeper(IAnswerLedger ledger, TimeProvider time, IOptions<FeedbackOptions> options, ILogger<AnswerLedgerSweeper> logger)
        : base(time, (options ?? throw new ArgumentNullException(nameof(options))).Value.SweepInterval)
    {
        this.ledger = ledger;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Removes the expired entries now; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await ledger.RemoveOlderThanAsync(time.GetUtcNow() - options.AnswerRetention, cancellationToken);
            if (removed > 0)
            {
                logger.LogDebug("Feedback: forgot {Count} answers older than {Retention}", removed, options.AnswerRetention);
            }

            return removed;
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning("Feedback: could not forget old answers ({Reason}); trying again in {Interval}", exception.Message, options.SweepInterval);
            return 0;
        }
    }

    /// <inheritdoc />
    protected override Task SweepOnceAsync(CancellationToken stoppingToken) => SweepAsync(stoppingToken);
}
