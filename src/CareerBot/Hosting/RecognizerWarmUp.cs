using CareerBot.BotFramework.Adapter;
using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;

namespace CareerBot.Hosting;

/// <summary>Prepares understanding in the background at start-up, off the request path: first the protocol's per-turn
/// code (<see cref="ProtocolWarmUp"/>), then what every message needs
/// in each language (the number models and their compiled regexes, up to a second), then what takes a second or more
/// (our own compiled regexes), then a compaction of the heap and a trim of the C heap. Shutdown does not wait for it: a
/// model being built cannot be interrupted.</summary>
public sealed class RecognizerWarmUp : IHostedService
{
    private readonly IFrameRecognizer recognizer;
    private readonly IReadOnlyList<Language> languages;
    private readonly ILogger<RecognizerWarmUp> logger;
    private volatile bool stopping;

    /// <summary>Creates the warm-up of the content read at start-up (an edit applied later is warmed up by
    /// <see cref="ContentWatcher"/> before it serves).</summary>
    public RecognizerWarmUp(LiveContent content, ILogger<RecognizerWarmUp> logger)
    {
        ArgumentNullException.ThrowIfNull(content);
        recognizer = content.Current.Recognizer;
        languages = [.. content.Current.Catalog.Languages.Select(l => l.Language)];
        this.logger = logger;
    }

    /// <summary>True once every language's models are built.</summary>
    public bool IsWarm { get; private set; }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A thread of its own: building models blocks for seconds, and a blocked pool thread would leave the first
        // requests waiting for the pool to grow (it starts with one thread per core).
        new Thread(WarmUp) { IsBackground = true, Name = "CareerBot recognizer warm-up" }.Start();
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
            // The protocol's code first: it needs no model, and the first request needs it whatever its language.
            var protocolStarted = TimeProvider.System.GetTimestamp();
            ProtocolWarmUp.RunAsync().GetAwaiter().GetResult();
            logger.LogInformation("Protocol code ready in {ElapsedMilliseconds} ms", TimeProvider.System.GetElapsedTime(protocolStarted).TotalMilliseconds);

            foreach (var full in (bool[])[false, true])
            {
                foreach (var language in languages)
                {
                    if (stopping)
                    {
                        return;
                    }

                    var started = TimeProvider.System.GetTimestamp();
                    recognizer.WarmUp(language, full);
                    var elapsed = TimeProvider.System.GetElapsedTime(started);
                    logger.LogInformation(
                        "Recognizer models for {Language} ({Models}) ready in {ElapsedMilliseconds} ms",
                        language.Code,
                        full ? "all" : "first answers",
                        elapsed.TotalMilliseconds);
                }
            }

            // Building the models leaves hundreds of megabytes of garbage behind (parsed regexes, tables) and the JIT
            // freed tens of megabytes of C heap compiling their regexes: compact the managed heap once and give both
            // back, so that the process serves from a small resident set.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            NativeHeap.Trim();
            IsWarm = true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "Warming the recognizer models failed; they will be built on first use");
        }
    }
}
