namespace CareerBot.BotFramework.Connector;

/// <summary>What an attempt to send an activity to a connector leads to.</summary>
public enum ConnectorOutcome
{
    /// <summary>The connector accepted it.</summary>
    Delivered,

    /// <summary>It failed in a way that may pass (the connection, throttling, an unavailable or failing connector,
    /// a timeout, no token yet): try again later.</summary>
    Retry,

    /// <summary>It failed in a way that will not pass by asking again (refused, too large, nowhere to send it).</summary>
    GiveUp,
}
