using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.Understanding;

namespace CareerBot.Benchmarks;

/// <summary>The repository's content and a recognizer of it, its models built and warmed in every language, as the app
/// has them once started.</summary>
internal static class Content
{
    /// <summary>The repository's <c>dialogs/</c>, loaded and checked.</summary>
    public static ContentCatalog Load() => ContentLoader.Load(Repository.Dialogs, MessageKeys.All, LimitIds.All);

    /// <summary>A recognizer of <paramref name="catalog"/>, warmed in every language.</summary>
    public static FrameRecognizer WarmRecognizer(ContentCatalog catalog)
    {
        var recognizer = new FrameRecognizer(catalog, new RecognizerModels(catalog.Languages.Select(l => l.Language)), FixedTimeProvider.Today);
        foreach (var language in catalog.Languages)
        {
            recognizer.WarmUp(language.Language);
        }

        return recognizer;
    }
}
