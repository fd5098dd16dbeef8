using CareerBot.BotFramework.Telemetry;
using CareerBot.Core.Telemetry;

namespace CareerBot.Admin.Statistics;

/// <summary>The instruments the operator page reads (System.Diagnostics.Metrics), named once where the app publishes
/// them: <see cref="BotTelemetry"/> and <see cref="ConversationTelemetry"/>.</summary>
public static class MetricNames
{
    /// <summary>The protocol's meter: turns, their durations, rate-limit rejections.</summary>
    public const string BotFrameworkMeter = BotTelemetry.Name;

    /// <summary>The conversation's meter: recognition durations.</summary>
    public const string ConversationMeter = ConversationTelemetry.Name;

    /// <summary>Counter: one per turn, tagged with channel, intent, outcome and language.</summary>
    public const string Turns = BotTelemetry.Instruments.Turns;

    /// <summary>Histogram of turn durations, in seconds, with the same tags.</summary>
    public const string TurnDuration = BotTelemetry.Instruments.TurnDuration;

    /// <summary>Counter of requests refused by a rate limit, tagged with the policy.</summary>
    public const string RateLimitRejections = BotTelemetry.Instruments.RateLimitRejections;

    /// <summary>Counter of replies given up (not delivered to a connector), tagged with the reason.</summary>
    public const string ConnectorFailures = BotTelemetry.Instruments.ConnectorFailures;

    /// <summary>Histogram of recognition durations, in seconds.</summary>
    public const string RecognitionDuration = ConversationTelemetry.RecognitionDurationName;

    /// <summary>The channel tag (msteams, webchat, emulator…).</summary>
    public const string ChannelTag = BotTelemetry.Tags.Channel;

    /// <summary>The normalised intent tag.</summary>
    public const string IntentTag = BotTelemetry.Tags.Intent;

    /// <summary>The outcome tag (answered, asked, fallback, silent, error).</summary>
    public const string OutcomeTag = BotTelemetry.Tags.Outcome;

    /// <summary>The language tag (en, fr).</summary>
    public const string LanguageTag = BotTelemetry.Tags.Language;

    /// <summary>The rate-limit policy tag.</summary>
    public const string PolicyTag = BotTelemetry.Tags.Policy;

    /// <summary>The reason tag of an undelivered reply.</summary>
    public const string ReasonTag = BotTelemetry.Tags.Reason;
}
