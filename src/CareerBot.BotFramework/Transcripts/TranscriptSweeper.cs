using CareerBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Transcripts;

/// <summary>Deletes, every hour, the transcripts whose last activity is older than <see cref="TranscriptOptions.Retention"/>.</summary>
public sealed class TranscriptSweeper : PeriodicSweeper
{
    private readonly FileTranscriptLogger transcripts;
    private readonly TimeProvider time;
    private readonly TimeSpan retention;
    private readonly ILogger<TranscriptSweeper> logger;

    /// <summary>Creates the sweeper.</summary>
    public TranscriptSweeper(FileTranscriptLogger transcripts, TimeProvider time, IOptions<TranscriptOptions> options, ILogger<TranscriptSweeper> logger)
        : base(time, TimeSpan.FromHours(1))
    {
        ArgumentNullException.ThrowIfNull(options);
        this.transcripts = transcripts;
        this.time = time;
        retention = options.Value.Retention;
        this.logger = logger;
    }

    /// <summary>Deletes the expired transcripts now; returns how many.</summary>
    public int Sweep()
    {
        var cutoff = time.GetUtcNow() - retention;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(transcripts.Folder, "*.transcript"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
                {
                    File.Delete(file);
                    removed++;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(exception, "Could not delete an expired transcript");
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Deleted {Count} transcripts older than {Retention}", removed, retention);
        }

        transcripts.Measure();
        return removed;
    }

    /// <inheritdoc />
    protected override Task StartingAsync(CancellationToken stoppingToken)
    {
        Sweep();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        Sweep();
        return Task.CompletedTask;
    }
}
