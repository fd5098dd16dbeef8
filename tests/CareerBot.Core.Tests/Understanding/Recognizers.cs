using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>One recognizer for all understanding tests (models are slow to build), with today fixed at 2026-11-23,
/// warmed up in both languages before any test uses it, as the host does at start-up.</summary>
internal static class Recognizers
{
    public static readonly DateTimeOffset Today = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static UtteranceRecognizer Shared { get; } = Create();

    private static UtteranceRecognizer Create()
    {
        var recognizer = new UtteranceRecognizer(new FakeTimeProvider(Today));
        foreach (var language in Language.All)
        {
            recognizer.WarmUp(language);
        }

        return recognizer;
    }
}
