using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>Readiness of understanding: every language's recognizer models are built (until then a first question in
/// that language would wait for its model).</summary>
internal sealed class RecognizersReadyCheck : IHealthCheck
{
    private readonly RecognizerWarmUp warmUp;

    public RecognizersReadyCheck(RecognizerWarmUp warmUp)
    {
        this.warmUp = warmUp;
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmUp.IsWarm
            ? HealthCheckResult.Healthy("models built")
            : HealthCheckResult.Unhealthy("models still being built"));
}
