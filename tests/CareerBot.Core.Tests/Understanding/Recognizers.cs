using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>One recognizer of the repository's content for all understanding tests (models are slow to build), with
/// today fixed at <see cref="TestContent.Today"/>, warmed up in every language before any test uses it, as the host
/// does at start-up.</summary>
internal static class Recognizers
{
    public static FrameRecognizer Shared { get; } = Create();

    private static FrameRecognizer Create()
    {
        var recognizer = new FrameRecognizer(TestContent.Catalog, TestContent.Models, new FakeTimeProvider(TestContent.Today));
        foreach (var language in TestContent.Catalog.Languages)
        {
            recognizer.WarmUp(language.Language);
        }

        return recognizer;
    }
}
