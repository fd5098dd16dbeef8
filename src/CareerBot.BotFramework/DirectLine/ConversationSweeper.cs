using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Forgets idle Direct Line conversations every minute, so history does not grow without bound, and counts
/// the conversations kept (the <c>careerbot.directline.conversations.open</c> gauge).</summary>
public sealed class ConversationSweeper : PeriodicSweeper
{
    private readonly IDirectLineConversationStore store;
    private readonly ConversationSignals signals;
    private readonly TimeProvider time;
    private readonly TimeSpan idleTimeout;
    private readonly ILogger<ConversationSweeper> logger;

    /// <summary>Creates the sweeper.</summary>
    public ConversationSweeper(IDirectLineConversationStore store, ConversationSignals signals, TimeProvider time, IOptions<DirectLineOptions> options, ILogger<ConversationSweeper> logger)
        : base(time, TimeSpan.FromMinutes(1))
    {
        ArgumentNullException.ThrowIfNull(options);
        this.store = store;
        this.signals = signals;
        this.time = time;
        idleTimeout = options.Value.ConversationIdleTimeout;
        this.logger = logger;
    }

    /// <inheritdoc />
    protected override Task StartingAsync(CancellationToken stoppingToken) => CountAsync(stoppingToken);

    /// <inheritdoc />
    protected override Task SweepOnceAsync(CancellationToken stoppingToken) => SweepAsync(stoppingToken);

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<string> removed;
        try
        {
            removed = await store.RemoveIdleAsync(time.GetUtcNow() - idleTimeout, stoppingToken);
        }
        catch (StorageUnavailableException exception)
        {
            logger.LogWarning(exception, "Could not forget idle Direct Line conversations: the store is unavailable; trying again next time");
            return;
        }

        foreach (var id in removed)
        {
            signals.Forget(id);
        }

        if (removed.Count > 0)
        {
            logger.LogInformation("Forgot {Count} idle Direct Line conversations", removed.Count);
        }

        await CountAsync(stoppingToken);
    }

    private async Task CountAsync(CancellationToken stoppingToken)
    {
        try
        {
            BotTelemetry.SetOpenDirectLineConversations(await store.CountAsync(stoppingToken));
        }
        catch (StorageUnavailableException)
        {
            // Counted again next minute.
        }
    }
}
