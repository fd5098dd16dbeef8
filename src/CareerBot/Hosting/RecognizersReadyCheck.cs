using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>Readiness of understanding: every language's recognizer models are built (until then a first question in
/// that language would wait for its model). Still building is Degraded (a normal start, logged as a warning, not an
/// error), which <c>/readyz</c> answers with 503 all the same.</summary>
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
            : HealthCheckResult.Degraded("models still being built"));
}
