using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests;

/// <summary>The real content of the repository, loaded once for all tests, and the date tests run at.</summary>
public static class TestContent
{
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => ContentLoader.Load(DialogsDirectory, MessageKeys.All));

    /// <summary>"Today" in tests: years since 2019 depend on it.</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The repository's dialogs/ folder.</summary>
    public static string DialogsDirectory => Content.RepositoryRoot.Dialogs;

    /// <summary>The repository's content, validated.</summary>
    public static ContentCatalog Catalog => LazyCatalog.Value;

    /// <summary>A recognizer whose today is given by <paramref name="time"/>.</summary>
    public static IUtteranceRecognizer Recognizer(TimeProvider time) => new UtteranceRecognizer(time);
}
