namespace CareerBot.BotFramework.Connector;

/// <summary>The reasons of <see cref="ConnectorAttempt"/>: the values of the <c>careerbot.reason</c> tag of the
/// connector's metrics, a fixed set.</summary>
public static class ConnectorReasons
{
    /// <summary>The connector accepted the activity.</summary>
    public const string Delivered = "delivered";

    /// <summary>No connection, or it was closed or reset, or the response ended early.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The attempt took longer than <c>Connector:AttemptTimeout</c>.</summary>
    public const string Timeout = "timeout";

    /// <summary>429 or 412: the channel throttles the bot.</summary>
    public const string Throttled = "throttled";

    /// <summary>502, 503 or 504: the connector or a gateway before it is unavailable.</summary>
    public const string Unavailable = "unavailable";

    /// <summary>500 or 408: the connector failed this time.</summary>
    public const string ServerError = "server-error";

    /// <summary>Another status: the connector refused the activity (a 4xx other than 408, 412 and 429; a 5xx other
    /// than 500, 502, 503 and 504).</summary>
    public const string Refused = "refused";

    /// <summary>No token could be obtained for the connector (the login endpoint failed).</summary>
    public const string NoToken = "no-token";

    /// <summary>The activity is larger than <c>Connector:MaxActivityBytes</c>.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The activity names no conversation.</summary>
    public const string NoConversation = "no-conversation";

    /// <summary>The service URL is not one CareerBot may send to.</summary>
    public const string ServiceUrlRefused = "service-url-refused";

    /// <summary>The kept message could not be read back as an activity.</summary>
    public const string Unreadable = "unreadable";
}
