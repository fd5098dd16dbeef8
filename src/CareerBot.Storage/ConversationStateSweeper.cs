using CareerBot.BotFramework.Hosting;
using CareerBot.Conversation;
using CareerBot.Core.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Storage;

/// <summary>Removes, every <see cref="StorageOptions.SweepInterval"/>, the conversations nobody wrote to for
/// <see cref="StorageOptions.ConversationTtl"/>. Several instances may sweep the same database: deleting is idempotent.</summary>
internal sealed class ConversationStateSweeper : PeriodicSweeper
{
    private readonly IConversationStateStore store;
    private readonly TimeProvider time;
    private readonly StorageOptions options;
    private readonly ILogger<ConversationStateSweeper> logger;

    /// <summary>Creates the sweeper.</summary>
    public ConversationStateSweeper(IConversationStateStore store, TimeProvider time, IOptions<StorageOptions> options, ILogger<ConversationStateSweeper> logger)
        : base(time, options.Value.SweepInterval)
    {
        this.store = store;
        this.time = time;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>Removes the expired conversations now; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var removed = await store.RemoveIdleAsync(time.GetUtcNow() - options.ConversationTtl, cancellationToken);
            if (removed > 0)
            {
                logger.LogInformation("Storage: removed {Count} conversations idle for more than {Ttl}", removed, options.ConversationTtl);
            }

            return removed;
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning("Storage: could not remove expired conversations ({Reason}); trying again in {Interval}", exception.Message, options.SweepInterval);
            return 0;
        }
    }

    /// <inheritdoc />
    protected override Task SweepOnceAsync(CancellationToken stoppingToken) => SweepAsync(stoppingToken);
}
