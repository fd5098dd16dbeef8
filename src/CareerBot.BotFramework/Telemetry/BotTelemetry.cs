using System.Diagnostics;
using System.Diagnostics.Metrics;
using CareerBot.BotFramework.Schema;

namespace CareerBot.BotFramework.Telemetry;

/// <summary>The protocol's traces and metrics (System.Diagnostics: the OpenTelemetry SDK, a MeterListener or
/// dotnet-counters can read them). Tags hold normalised values only — never a user's text, never an id.</summary>
public static class BotTelemetry
{
    /// <summary>The name of the activity source and the meter.</summary>
    public const string Name = "CareerBot.BotFramework";

    /// <summary>Spans: a turn, a connector call.</summary>
    public static readonly ActivitySource Source = new(Name);

    /// <summary>The meter of the instruments below.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>Turns handled, by channel, intent, outcome and language.</summary>
    public static readonly Counter<long> Turns = Meter.CreateCounter<long>(Instruments.Turns, "{turn}", "Turns handled, by channel, intent, outcome and language.");

    /// <summary>How long turns take, from the activity to the replies, by the same tags.</summary>
    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram(
        Instruments.TurnDuration,
        "s",
        "How long turns take, by channel, intent, outcome and language.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    /// <summary>How long calls to a channel's connector take, by outcome.</summary>
    public static readonly Histogram<double> ConnectorDuration = Meter.CreateHistogram(
        Instruments.ConnectorDuration,
        "s",
        "How long replies sent to a channel's connector take, by outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    /// <summary>Replies given up: refused by the connector, or not delivered within <c>Connector:MaxDeliveryTime</c>, by
    /// the reason of their last attempt. Each reply counts once.</summary>
    public static readonly Counter<long> ConnectorFailures = Meter.CreateCounter<long>(Instruments.ConnectorFailures, "{reply}", "Replies not delivered to a channel's connector (given up), by reason.");

    /// <summary>Failed attempts to deliver a reply that will be made again, by reason.</summary>
    public static readonly Counter<long> ConnectorRetries = Meter.CreateCounter<long>(Instruments.ConnectorRetries, "{attempt}", "Failed attempts to deliver a reply, to be made again, by reason.");

    /// <summary>Requests refused by a rate limit, by policy.</summary>
    public static readonly Counter<long> RateLimitRejections = Meter.CreateCounter<long>(Instruments.RateLimitRejections, "{request}", "Requests refused by a rate limit, by policy.");

    /// <summary>Ratings of answers (Teams' feedback loop, the Web Chat control), by reaction, the "handled as" name and
    /// language of the rated answer, and channel.</summary>
    public static readonly Counter<long> Feedback = Meter.CreateCounter<long>(Instruments.Feedback, "{rating}", "Ratings of answers, by reaction, intent (handled as), language and channel.");

    private static long openDirectLineConversations;
    private static long pendingReplies;

    static BotTelemetry()
    {
        Meter.CreateObservableGauge(
            Instruments.DirectLineConversationsOpen,
            () => Interlocked.Read(ref openDirectLineConversations),
            "{conversation}",
            "Direct Line conversations kept (not yet expired), as last counted by this instance.");
        Meter.CreateObservableGauge(
            Instruments.RepliesPending,
            () => Interlocked.Read(ref pendingReplies),
            "{reply}",
            "Replies waiting in the outbox (every instance's), as last counted by this instance.");
    }

    /// <summary>Instrument names (what a MeterListener or an exporter looks for).</summary>
    public static class Instruments
    {
        /// <summary>Counter: turns handled.</summary>
        public const string Turns = "careerbot.turns";

        /// <summary>Histogram: turn durations, in seconds.</summary>
        public const string TurnDuration = "careerbot.turn.duration";

        /// <summary>Histogram: connector call durations, in seconds.</summary>
        public const string ConnectorDuration = "careerbot.connector.duration";

        /// <summary>Counter: replies not delivered to a connector (given up).</summary>
        public const string ConnectorFailures = "careerbot.connector.failures";

        /// <summary>Counter: failed attempts to deliver a reply, to be made again.</summary>
        public const string ConnectorRetries = "careerbot.connector.retries";

        /// <summary>Gauge: replies waiting in the outbox.</summary>
        public const string RepliesPending = "careerbot.outbox.pending";

        /// <summary>Counter: requests refused by a rate limit.</summary>
        public const string RateLimitRejections = "careerbot.ratelimit.rejections";

        /// <summary>Counter: ratings of answers.</summary>
        public const string Feedback = "careerbot.feedback";

        /// <summary>Gauge: Direct Line conversations kept.</summary>
        public const string DirectLineConversationsOpen = "careerbot.directline.conversations.open";
    }

    /// <summary>Tag names.</summary>
    public static class Tags
    {
        /// <summary>The channel (a known channel id, else "other").</summary>
        public const string Channel = "careerbot.channel";

        /// <summary>The normalised intent.</summary>
        public const string Intent = "careerbot.intent";

        /// <summary>answered, asked, fallback, silent or error.</summary>
        public const string Outcome = "careerbot.outcome";

        /// <summary>The language answered in.</summary>
        public const string Language = "careerbot.language";

        /// <summary>The locale the channel gave (a BCP 47 tag, or "none").</summary>
        public const string Locale = "careerbot.locale";

        /// <summary>The rate-limit policy.</summary>
        public const string Policy = "careerbot.ratelimit.policy";

        /// <summary>like or dislike.</summary>
        public const string Reaction = "careerbot.reaction";

        /// <summary>Why a reply was not delivered.</summary>
        public const string Reason = "careerbot.reason";
    }

    /// <summary>Records how many replies wait in the outbox.</summary>
    public static void SetPendingReplies(long count) => Interlocked.Exchange(ref pendingReplies, count);

    /// <summary>An activity type fit for a tag or a log line: the types of the protocol, else "other" (types come from
    /// requests).</summary>
    public static string ActivityType(string? type) => type switch
    {
        ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke
            or "event" or ActivityTypes.Typing or ActivityTypes.EndOfConversation or ActivityTypes.Trace
            or "messageReaction" or "messageUpdate" or "messageDelete" or "contactRelationUpdate" or "deleteUserData" or "handoff" => type,
        null or "" => "none",
        _ => "other",
    };

    /// <summary>Records how many Direct Line conversations are kept.</summary>
    public static void SetOpenDirectLineConversations(long count) => Interlocked.Exchange(ref openDirectLineConversations, count);

    /// <summary>A channel id fit for a tag: the channels CareerBot knows, else "other" (channel ids come from requests,
    /// and a tag must not take any value an attacker sends).</summary>
    public static string Channel(string? channelId) => channelId switch
    {
        "msteams" or "webchat" or "directline" or "emulator" or "test" or "slack" or "skype" or "m365extensions" or "omnichannel" => channelId,
        _ => "other",
    };

    /// <summary>A locale fit for a tag: a short BCP 47 tag, else "none".</summary>
    public static string Locale(string? locale) =>
        locale is { Length: >= 2 and <= 10 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? locale : "none";
}
