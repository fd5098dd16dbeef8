using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests;

/// <summary>The real content of the repository, loaded once for all tests, and the date tests run at.</summary>
public static class TestContent
{
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => ContentLoader.Load(DialogsDirectory, MessageKeys.All, LimitIds.All));

    private static readonly Lazy<RecognizerModels> LazyModels = new(() => new RecognizerModels(Catalog.Languages.Select(l => l.Language)));

    /// <summary>"Today" in tests: years since 2019 depend on it.</summary>
    public static readonly DateTimeOffset Today = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The repository's dialogs/ folder.</summary>
    public static string DialogsDirectory => Content.RepositoryRoot.Dialogs;

    /// <summary>The repository's content, validated.</summary>
    public static ContentCatalog Catalog => LazyCatalog.Value;

    /// <summary>The recognizer models of the content's languages, shared by every test (they are slow to build).</summary>
    public static RecognizerModels Models => LazyModels.Value;

    /// <summary>A recognizer of the repository's content whose today is given by <paramref name="time"/>.</summary>
    public static IFrameRecognizer Recognizer(TimeProvider time) => new FrameRecognizer(Catalog, Models, time);
}
