namespace CareerBot.Operations;

/// <summary>The <c>OpenTelemetry</c> settings.</summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "OpenTelemetry";

    /// <summary>An OTLP collector (e.g. http://otel-collector:4317): metrics, traces and logs are exported to it.
    /// Empty (the default): metrics at <c>/metrics</c> only, no traces exported.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The service name in exported telemetry.</summary>
    public string ServiceName { get; set; } = "CareerBot";

    /// <summary>The key of the pseudonyms that stand for user and conversation ids in logs; empty: random per process.
    /// Give every instance the same key to follow a conversation across them.</summary>
    public string PseudonymKey { get; set; } = string.Empty;
}
