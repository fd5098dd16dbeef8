using CareerBot.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>Maps the health endpoints, which answer the standard health-check JSON.</summary>
public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: liveness, 200 while the process runs (its content is loaded before it listens); it
    /// runs no check, so an outage of the database never gets a healthy process restarted.
    /// <c>GET /readyz</c>: readiness, 200 when every check tagged ready is healthy (content, storage, recognizer
    /// models), else 503 (Degraded too: the models are still being built).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(StorageServiceCollectionExtensions.ReadyTag),
            ResponseWriter = HealthJson.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }
}
