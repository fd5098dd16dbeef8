using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;

namespace CareerBot.Hosting;

/// <summary>Builds a <see cref="ContentSnapshot"/> from a checked catalog: its recognizer (sharing the process's
/// number and DateTime models, which depend only on the languages) and its conversation engine (sharing the store).
/// Milliseconds; the recognizer's vocabulary regexes are interpreted until it is warmed up.</summary>
public sealed class ContentSnapshotFactory
{
    private readonly RecognizerModels models;
    private readonly IConversationStateStore store;
    private readonly TimeProvider time;

    /// <summary>Creates the factory.</summary>
    public ContentSnapshotFactory(RecognizerModels models, IConversationStateStore store, TimeProvider time)
    {
        this.models = models;
        this.store = store;
        this.time = time;
    }

    /// <summary>Everything built from <paramref name="catalog"/>, read now.</summary>
    public ContentSnapshot Create(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var recognizer = new FrameRecognizer(catalog, models, time);
        return new ContentSnapshot(catalog, recognizer, new ConversationEngine(catalog, recognizer, store), time.GetUtcNow());
    }
}
