namespace CareerBot.Hosting;

/// <summary>Maps the health endpoints.</summary>
public static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 once the app runs (its content is loaded before it starts listening).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz");
        return endpoints;
    }
}
