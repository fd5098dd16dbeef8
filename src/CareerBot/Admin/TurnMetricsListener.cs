using System.Diagnostics.Metrics;
using CareerBot.Admin.Statistics;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Feeds <see cref="TurnStatistics"/> from the app's own metrics through a <see cref="MeterListener"/>, so
/// the operator page needs nothing from the turn pipeline but the instruments it already publishes. Listens only
/// while the page is enabled; ignores meters made by another host's <see cref="IMeterFactory"/> (tests run several
/// hosts in one process).</summary>
public sealed class TurnMetricsListener : IHostedService, IDisposable
{
    private readonly TurnStatistics statistics;
    private readonly bool enabled;
    private readonly IMeterFactory? meterFactory;
    private MeterListener? listener;

    /// <summary>Creates the listener; it starts with the host when the page is enabled.</summary>
    public TurnMetricsListener(TurnStatistics statistics, IOptions<AdminOptions> options, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.statistics = statistics;
        enabled = options.Value.Enabled;
        this.meterFactory = meterFactory;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (enabled && listener is null)
        {
            listener = new MeterListener { InstrumentPublished = OnInstrumentPublished };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => OnMeasurement(instrument, value, tags));
            listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => OnMeasurement(instrument, value, tags));
            listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => OnMeasurement(instrument, value, tags));
            listener.Start();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        listener?.Dispose();
        listener = null;
    }

    private void OnInstrumentPublished(Instrument instrument, MeterListener meterListener)
    {
        var meter = instrument.Meter;
        var known = (meter.Name, instrument.Name) switch
        {
            (MetricNames.BotFrameworkMeter, MetricNames.Turns or MetricNames.TurnDuration or MetricNames.RateLimitRejections or MetricNames.ConnectorFailures) => true,
            (MetricNames.ConversationMeter, MetricNames.RecognitionDuration) => true,
            _ => false,
        };
        var ours = meter.Scope is not IMeterFactory scope || meterFactory is null || ReferenceEquals(scope, meterFactory);
        if (known && ours)
        {
            meterListener.EnableMeasurementEvents(instrument);
        }
    }

    private void OnMeasurement(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        switch (instrument.Name)
        {
            case MetricNames.Turns:
                statistics.RecordTurns(
                    Tag(tags, MetricNames.ChannelTag),
                    Tag(tags, MetricNames.IntentTag),
                    Tag(tags, MetricNames.OutcomeTag),
                    Tag(tags, MetricNames.LanguageTag),
                    (long)value);
                break;
            case MetricNames.TurnDuration:
                statistics.RecordTurnDuration(Seconds(instrument, value));
                break;
            case MetricNames.RecognitionDuration:
                statistics.RecordRecognitionDuration(Seconds(instrument, value));
                break;
            case MetricNames.RateLimitRejections:
                statistics.RecordRateLimitRejections(Tag(tags, MetricNames.PolicyTag), (long)value);
                break;
            case MetricNames.ConnectorFailures:
                statistics.RecordUndeliveredReplies(Tag(tags, MetricNames.ReasonTag), (long)value);
                break;
            default:
                break;
        }
    }

    private static double Seconds(Instrument instrument, double value) => instrument.Unit == "ms" ? value / 1000 : value;

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string ?? tag.Value?.ToString();
            }
        }

        return null;
    }
}
