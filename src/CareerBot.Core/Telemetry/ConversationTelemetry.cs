using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CareerBot.Core.Telemetry;

/// <summary>The conversation's traces and metrics (System.Diagnostics; read by OpenTelemetry in the host). Never the
/// user's text.</summary>
public static class ConversationTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "CareerBot.Conversation";

    /// <summary>Spans: recognition, state load and save.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The name of <see cref="RecognitionDuration"/>.</summary>
    public const string RecognitionDurationName = "careerbot.recognition.duration";

    /// <summary>The meter of the instruments below.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>How long understanding an utterance takes, by language.</summary>
    public static readonly Histogram<double> RecognitionDuration = Meter.CreateHistogram(
        RecognitionDurationName,
        "s",
        "How long understanding an utterance takes, by language.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.00001, 0.000025, 0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.1, 1] });

    /// <summary>The language tag's name.</summary>
    public const string LanguageTag = "careerbot.language";
}
