namespace CareerBot.BotFramework.Connector;

/// <summary>The result of one attempt to send an activity to a connector.</summary>
/// <param name="Outcome">Delivered, to retry, or to give up.</param>
/// <param name="Reason">"delivered" or why not: a short, fixed word for metrics and logs (<see cref="ConnectorReasons"/>).</param>
/// <param name="RetryAfter">How long the connector asked to wait (its <c>Retry-After</c>), when it did.</param>
/// <param name="StatusCode">The connector's HTTP status, when it answered.</param>
/// <param name="Id">For a delivered activity: the id the connector gave it, when it said (<c>{"id":…}</c>).</param>
public sealed record ConnectorAttempt(ConnectorOutcome Outcome, string Reason, TimeSpan? RetryAfter = null, int? StatusCode = null, string? Id = null)
{
    /// <summary>The attempt that delivered, the connector giving no id.</summary>
    public static ConnectorAttempt Delivered { get; } = new(ConnectorOutcome.Delivered, ConnectorReasons.Delivered);

    /// <summary>The attempt that delivered an activity the connector named <paramref name="id"/>.</summary>
    public static ConnectorAttempt DeliveredAs(string? id) => string.IsNullOrEmpty(id) ? Delivered : Delivered with { Id = id };

    /// <summary>An attempt to try again, for <paramref name="reason"/>.</summary>
    public static ConnectorAttempt Retry(string reason, TimeSpan? retryAfter = null, int? statusCode = null) => new(ConnectorOutcome.Retry, reason, retryAfter, statusCode);

    /// <summary>An attempt not worth repeating, for <paramref name="reason"/>.</summary>
    public static ConnectorAttempt GiveUp(string reason, int? statusCode = null) => new(ConnectorOutcome.GiveUp, reason, null, statusCode);
}
