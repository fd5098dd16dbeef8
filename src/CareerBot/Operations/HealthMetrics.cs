using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Operations;

/// <summary>The result of each health check as a gauge, <c>careerbot_health_status{careerbot_check="storage"}</c>: 1
/// healthy, 0.5 degraded, 0 unhealthy. ASP.NET Core's health-check publisher runs the checks in the background every
/// <see cref="Period"/>, so the gauge (and the storage alert in <c>deploy/prometheus</c>) follows an outage even when no
/// one polls <c>/readyz</c> and no turn comes in.</summary>
public sealed class HealthMetrics : IHealthCheckPublisher
{
    /// <summary>The meter's name (the scope of the gauge).</summary>
    public const string MeterName = "CareerBot";

    /// <summary>The gauge's name.</summary>
    public const string StatusInstrument = "careerbot.health.status";

    /// <summary>The tag naming the check.</summary>
    public const string CheckTag = "careerbot.check";

    /// <summary>How long after start-up the checks first run.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    /// <summary>How often the checks run.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, double> statuses = new(StringComparer.Ordinal);

    /// <summary>Creates the publisher and its gauge, on a meter that lives as long as the host.</summary>
    public HealthMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        meters.Create(MeterName).CreateObservableGauge(StatusInstrument, Observe, unit: null, "The last result of each health check: 1 healthy, 0.5 degraded, 0 unhealthy.");
    }

    /// <inheritdoc />
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (var (name, entry) in report.Entries)
        {
            statuses[name] = entry.Status switch
            {
                HealthStatus.Healthy => 1,
                HealthStatus.Degraded => 0.5,
                _ => 0,
            };
        }

        return Task.CompletedTask;
    }

    private IEnumerable<Measurement<double>> Observe() =>
        statuses.Select(status => new Measurement<double>(status.Value, new KeyValuePair<string, object?>(CheckTag, status.Key)));
}
