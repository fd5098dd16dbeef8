using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;

namespace CareerBot.Hosting;

/// <summary>Builds the recognizer models in the background at start-up, off the request path: first what every message
/// needs in each language (the number models, a few hundred milliseconds), then the DateTime models that only relative
/// start dates need (seconds). Shutdown does not wait for it: a model being built cannot be interrupted.</summary>
public sealed class RecognizerWarmUp : IHostedService
{
    private readonly IUtteranceRecognizer recognizer;
    private readonly ILogger<RecognizerWarmUp> logger;
    private volatile bool stopping;

    /// <summary>Creates the warm-up.</summary>
    public RecognizerWarmUp(IUtteranceRecognizer recognizer, ILogger<RecognizerWarmUp> logger)
    {
        this.recognizer = recognizer;
        this.logger = logger;
    }

    /// <summary>True once every language's models are built.</summary>
    public bool IsWarm { get; private set; }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(WarmUp, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping = true;
        return Task.CompletedTask;
    }

    private void WarmUp()
    {
        try
        {
            foreach (var dates in (bool[])[false, true])
            {
                foreach (var language in Language.All)
                {
                    if (stopping)
                    {
                        return;
                    }

                    var started = TimeProvider.System.GetTimestamp();
                    recognizer.WarmUp(language, dates);
                    var elapsed = TimeProvider.System.GetElapsedTime(started);
                    logger.LogInformation(
                        "Recognizer models for {Language} ({Models}) ready in {ElapsedMilliseconds} ms",
                        language.Code,
                        dates ? "dates" : "numbers",
                        elapsed.TotalMilliseconds);
                }
            }

            IsWarm = true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "Warming the recognizer models failed; they will be built on first use");
        }
    }
}
