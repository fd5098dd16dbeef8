using System.Diagnostics.Metrics;
using System.Threading.Channels;
using CareerBot.Core.Content;
using CareerBot.Core.Languages;
using CareerBot.Operations;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Primitives;

namespace CareerBot.Hosting;

/// <summary>Applies edits of the content folder while CareerBot runs (<c>Content:Watch</c>). The folder is watched
/// with a <see cref="PhysicalFileProvider"/> (a polling watcher when <c>DOTNET_USE_POLLING_FILE_WATCHER</c> is set, as
/// in some containers); once the files have been quiet for <see cref="QuietPeriod"/> (an editor's save is several
/// events), they are read and checked as at start-up (<see cref="CareerBotContent.Check"/>). Valid content is built
/// into a new <see cref="ContentSnapshot"/> and swapped in as a whole: the next turn answers from it. Invalid content is
/// refused: every problem is logged with its file and line, kept in <see cref="LastRefusal"/> for the operator page,
/// and the previous content keeps serving. A new language, or a language's culture changed, is refused too: its
/// number model is built at start-up, so it takes a restart.</summary>
internal sealed class ContentWatcher : BackgroundService, IContentStatus
{
    /// <summary>How long the files must stay unchanged before they are read.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(300);

    /// <summary>The counter of edits read, by result (<c>applied</c>, <c>refused</c>).</summary>
    public const string ReloadsInstrument = "careerbot.content.reloads";

    /// <summary>The result tag's name.</summary>
    public const string ResultTag = "careerbot.result";

    private readonly LiveContent live;
    private readonly ContentSnapshotFactory factory;
    private readonly string folder;
    private readonly TimeProvider time;
    private readonly ILogger<ContentWatcher> logger;
    private readonly Counter<long> reloads;
    private readonly IReadOnlyList<Language> modelLanguages;
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock reloading = new();
    private volatile ContentRefusal? lastRefusal;

    public ContentWatcher(LiveContent live, ContentSnapshotFactory factory, ContentSettings settings, IMeterFactory meters, TimeProvider time, ILogger<ContentWatcher> logger)
    {
        this.live = live;
        this.factory = factory;
        folder = settings.Folder;
        this.time = time;
        this.logger = logger;
        reloads = meters.Create(HealthMetrics.MeterName).CreateCounter<long>(ReloadsInstrument, unit: null, "Edits of the content files read while running, by result: applied or refused.");

        // The languages whose recognizer models were prepared at start-up.
        modelLanguages = [.. live.Current.Catalog.Languages.Select(l => l.Language)];
    }

    /// <inheritdoc />
    public bool Watching => true;

    /// <inheritdoc />
    public DateTimeOffset LoadedAt => live.Current.LoadedAt;

    /// <inheritdoc />
    public ContentRefusal? LastRefusal => lastRefusal;

    /// <summary>Reads and checks the folder now and applies it when it is valid: what a change of its files leads to.</summary>
    /// <returns>True when the content was applied.</returns>
    public bool Reload()
    {
        using var scope = reloading.EnterScope();
        var at = time.GetUtcNow();
        var started = time.GetTimestamp();
        try
        {
            var check = CareerBotContent.Check(folder);
            if (check.Catalog is not { } catalog)
            {
                Refuse(at, check.Problems);
                return false;
            }

            if (NeedsRestart(catalog) is { } problem)
            {
                Refuse(at, [problem]);
                return false;
            }

            // What every message takes, once, before anyone waits for it; then the swap.
            var snapshot = factory.Create(catalog) with { LoadedAt = at };
            foreach (var language in catalog.Languages)
            {
                snapshot.Recognizer.WarmUp(language.Language, full: false);
            }

            live.Swap(snapshot);
            lastRefusal = null;
            reloads.Add(1, new KeyValuePair<string, object?>(ResultTag, "applied"));
            logger.LogInformation(
                "Content edit applied in {ElapsedMilliseconds} ms ({Languages} languages, {Roles} roles): the next turn answers from it",
                (int)time.GetElapsedTime(started).TotalMilliseconds,
                catalog.Languages.Count,
                catalog.Languages[0].Roles.Count);

            // Faster matching for what comes next (a second or more of compiling); matching goes on meanwhile.
            snapshot.Recognizer.WarmUp(catalog.Default, full: true);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A file replaced or removed while it was read: the save that follows is read again.
            Refuse(at, [new ContentException(new ContentSource(".", 0), $"the files could not be read ({exception.Message})")]);
            return false;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var files = new PhysicalFileProvider(folder, ExclusionFilters.Sensitive);
        using var watch = ChangeToken.OnChange(() => files.Watch("**/*.md"), () => changes.Writer.TryWrite(true));
        logger.LogInformation("Watching the content in {Folder}: edits are applied without a restart", folder);
        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken))
            {
                _ = changes.Reader.TryRead(out _);
                do
                {
                    await Task.Delay(QuietPeriod, time, stoppingToken);
                }
                while (changes.Reader.TryRead(out _));

                // Reading, checking and building take tens of milliseconds to a second: a thread of their own, not the pool's.
                await Task.Factory.StartNew(ReloadSafely, stoppingToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void ReloadSafely()
    {
        try
        {
            _ = Reload();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A fault of ours, not of the content: the previous content keeps serving, and the next edit is read again.
            logger.LogError(exception, "Applying the edited content failed; the previous content keeps serving");
            lastRefusal = new ContentRefusal(time.GetUtcNow(), [$".: {exception.GetType().Name}: {exception.Message}"]);
            reloads.Add(1, new KeyValuePair<string, object?>(ResultTag, "refused"));
        }
    }

    private void Refuse(DateTimeOffset at, IReadOnlyList<ContentException> problems)
    {
        foreach (var problem in problems)
        {
            logger.LogWarning(
                "Content edit refused, the previous content keeps serving: {File}:{Line}: {Problem}",
                problem.Location.File,
                problem.Location.Line,
                problem.Detail);
        }

        lastRefusal = new ContentRefusal(at, [.. problems.Select(p => $"{p.Location}: {p.Detail}")]);
        reloads.Add(1, new KeyValuePair<string, object?>(ResultTag, "refused"));
    }

    /// <summary>A language the models were not prepared for, or whose culture changed: it takes a restart.</summary>
    private ContentException? NeedsRestart(ContentCatalog catalog)
    {
        foreach (var language in catalog.Languages.Select(l => l.Language))
        {
            var place = new ContentSource($"{language.Code}/{ContentLoader.VocabularyFileName}", 1);
            if (modelLanguages.FirstOrDefault(language.Equals) is not { } served)
            {
                return new ContentException(place, $"'{language.Code}' is a new language: CareerBot prepares a language's models at start-up, so adding one takes a restart (it serves {string.Join(", ", modelLanguages.Select(l => l.Code))}).");
            }

            if (!string.Equals(served.RecognizerCulture, language.RecognizerCulture, StringComparison.Ordinal))
            {
                return new ContentException(place, $"the culture changed from {served.Culture.Name} to {language.Culture.Name}: CareerBot prepares a language's models at start-up, so this takes a restart.");
            }
        }

        return null;
    }
}
