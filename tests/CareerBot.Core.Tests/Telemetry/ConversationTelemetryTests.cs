using System.Diagnostics.Metrics;
using CareerBot.Conversation;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Telemetry;

/// <summary>Understanding a message is measured by language, without the user's text.</summary>
public sealed class ConversationTelemetryTests
{
    [Fact]
    public async Task Each_message_records_how_long_understanding_took_in_its_language()
    {
        var languages = new List<string?>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == ConversationTelemetry.RecognitionDurationName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, seconds, tags, _) =>
        {
            Assert.True(seconds >= 0);
            foreach (var tag in tags)
            {
                Assert.NotEqual("Quel est le salaire ?", tag.Value as string);
                if (tag.Key == ConversationTelemetry.LanguageTag)
                {
                    lock (languages)
                    {
                        languages.Add(tag.Value as string);
                    }
                }
            }
        });
        listener.Start();
        var engine = new ConversationEngine(TestContent.Catalog, TestContent.Recognizer(new FakeTimeProvider(TestContent.Today)), new MemoryConversationStateStore());

        await engine.HandleAsync(new Turn("telemetry-test-fr", "user", TurnKind.Message, "Quel est le salaire ?", "fr-FR"), default);

        lock (languages)
        {
            Assert.Contains("fr", languages);
        }
    }
}
