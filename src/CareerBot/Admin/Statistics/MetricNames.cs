namespace CareerBot.Admin.Statistics;

/// <summary>The names of the instruments the operator page reads (System.Diagnostics.Metrics), as the app
/// publishes them.</summary>
public static class MetricNames
{
    /// <summary>The protocol's meter: turns, their durations, rate-limit rejections.</summary>
    public const string BotFrameworkMeter = "CareerBot.BotFramework";

    /// <summary>The conversation's meter: recognition durations.</summary>
    public const string ConversationMeter = "CareerBot.Conversation";

    /// <summary>Counter: one per turn, tagged with channel, intent, outcome and language.</summary>
    public const string Turns = "careerbot.turns";

    /// <summary>Histogram of turn durations, in seconds, with the same tags.</summary>
    public const string TurnDuration = "careerbot.turn.duration";

    /// <summary>Counter of requests refused by a rate limit, tagged with the policy.</summary>
    public const string RateLimitRejections = "careerbot.ratelimit.rejections";

    /// <summary>Histogram of recognition durations, in seconds.</summary>
    public const string RecognitionDuration = "careerbot.recognition.duration";

    /// <summary>The channel tag (msteams, webchat, emulator…).</summary>
    public const string ChannelTag = "careerbot.channel";

    /// <summary>The normalised intent tag.</summary>
    public const string IntentTag = "careerbot.intent";

    /// <summary>The outcome tag (answered, asked, fallback, silent, error).</summary>
    public const string OutcomeTag = "careerbot.outcome";

    /// <summary>The language tag (en, fr).</summary>
    public const string LanguageTag = "careerbot.language";

    /// <summary>The rate-limit policy tag.</summary>
    public const string PolicyTag = "careerbot.ratelimit.policy";
}
