using System.Diagnostics.Metrics;
using CareerBot.Admin.Statistics;

namespace CareerBot.Tests.Admin;

/// <summary>The app's instruments, made here with the same meter and instrument names and tags, to give the page
/// figures of a known shape (durations the test chooses, an intent a real turn would not produce).</summary>
public sealed class TestInstruments : IDisposable
{
    private readonly Meter botFramework;
    private readonly Meter conversation;
    private readonly Counter<long> turns;
    private readonly Histogram<double> duration;
    private readonly Histogram<double> recognition;
    private readonly Counter<long> rejections;

    /// <summary>Creates the instruments, outside any host's meter factory (so every listening host sees them).</summary>
    public TestInstruments()
    {
        botFramework = new Meter(MetricNames.BotFrameworkMeter);
        conversation = new Meter(MetricNames.ConversationMeter);
        turns = botFramework.CreateCounter<long>(MetricNames.Turns);
        duration = botFramework.CreateHistogram<double>(MetricNames.TurnDuration, "s");
        rejections = botFramework.CreateCounter<long>(MetricNames.RateLimitRejections);
        recognition = conversation.CreateHistogram<double>(MetricNames.RecognitionDuration, "s");
    }

    /// <summary>Records a turn and its duration as the app does.</summary>
    public void Turn(string intent, string outcome, double seconds, string channel = "msteams", string language = "en")
    {
        KeyValuePair<string, object?>[] tags =
        [
            new(MetricNames.ChannelTag, channel),
            new(MetricNames.IntentTag, intent),
            new(MetricNames.OutcomeTag, outcome),
            new(MetricNames.LanguageTag, language),
        ];
        turns.Add(1, tags);
        duration.Record(seconds, tags);
        recognition.Record(seconds / 10, new KeyValuePair<string, object?>(MetricNames.LanguageTag, language));
    }

    /// <summary>Records a request refused by a rate limit.</summary>
    public void Rejection(string policy) => rejections.Add(1, new KeyValuePair<string, object?>(MetricNames.PolicyTag, policy));

    /// <inheritdoc />
    public void Dispose()
    {
        botFramework.Dispose();
        conversation.Dispose();
    }
}
