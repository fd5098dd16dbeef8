using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;

namespace CareerBot.Hosting;

/// <summary>Builds the recognizer models in the background at start-up, off the request path
/// (the French date model takes seconds to build).</summary>
public sealed class RecognizerWarmUp : BackgroundService
{
    private readonly IUtteranceRecognizer recognizer;
    private readonly ILogger<RecognizerWarmUp> logger;

    /// <summary>Creates the warm-up.</summary>
    public RecognizerWarmUp(IUtteranceRecognizer recognizer, ILogger<RecognizerWarmUp> logger)
    {
        this.recognizer = recognizer;
        this.logger = logger;
    }

    /// <summary>True once every language's models are built.</summary>
    public bool IsWarm { get; private set; }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            foreach (var language in Language.All)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }

                var started = TimeProvider.System.GetTimestamp();
                recognizer.WarmUp(language);
                var elapsed = TimeProvider.System.GetElapsedTime(started);
                logger.LogInformation("Recognizer models for {Language} ready in {ElapsedMilliseconds} ms", language.Code, elapsed.TotalMilliseconds);
            }

            IsWarm = true;
        },
        stoppingToken);
}
