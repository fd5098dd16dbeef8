using System.Threading.RateLimiting;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Telemetry;

namespace CareerBot.Operations;

/// <summary>The optional per-client-IP limit (ASP.NET Core's rate limiter, off unless
/// <c>RateLimiting:ClientIpPermitLimit</c> is above 0). Health and metrics endpoints are exempt: probes come often from
/// one address.</summary>
public static class ClientIpRateLimit
{
    /// <summary>Adds the rate limiter services with the per-IP global limiter when configured.</summary>
    public static IServiceCollection AddClientIpRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            if (options.ClientIpPermitLimit <= 0)
            {
                return;
            }

            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Exempt(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetSlidingWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = options.ClientIpPermitLimit,
                        Window = options.ClientIpWindow,
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                BotTelemetry.RateLimitRejections.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Policy, "client-ip"));
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.ClientIpWindow / 6;
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                RetryAfter.Set(response, retryAfter);
                await response.WriteAsJsonAsync(ErrorResponse.Of("TooManyRequests", "Too many requests from this address; slow down."), BotJsonContext.Default.ErrorResponse, contentType: null, cancellationToken);
            };
        });
        return services;
    }

    private static bool Exempt(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(TelemetryExtensions.MetricsPath);
}
