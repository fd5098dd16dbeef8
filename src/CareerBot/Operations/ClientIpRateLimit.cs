using System.Threading.RateLimiting;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Telemetry;
using Microsoft.AspNetCore.RateLimiting;

namespace CareerBot.Operations;

/// <summary>ASP.NET Core's rate limiter: how a refusal is answered (429, <c>Retry-After</c>, a JSON error, counted by
/// policy) for every policy (the endpoints' own, such as Direct Line's conversation starts), and the optional
/// per-client-IP limit on every endpoint, off unless <c>RateLimiting:ClientIpPermitLimit</c> is above 0 (health and
/// metrics endpoints exempt: probes come often from one address). A client is its address
/// (<see cref="ClientAddress"/>), the one a trusted proxy forwarded when there is one (<see cref="TrustedProxies"/>).</summary>
public static class ClientIpRateLimit
{
    /// <summary>The policy name of the per-client-IP limit, in the rejections metric.</summary>
    public const string Policy = "client-ip";

    /// <summary>Adds the rate limiter services, with the per-IP global limiter when configured.</summary>
    public static IServiceCollection AddClientIpRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var policy = context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName ?? Policy;
                BotTelemetry.RateLimitRejections.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Policy, policy));
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.ClientIpWindow / 6;
                var response = context.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.CacheControl = "no-store";
                RetryAfter.Set(response, retryAfter);
                await response.WriteAsJsonAsync(ErrorResponse.Of("TooManyRequests", "Too many requests from this address; slow down."), BotJsonContext.Default.ErrorResponse, contentType: null, cancellationToken);
            };
            if (options.ClientIpPermitLimit <= 0)
            {
                return;
            }

            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                Exempt(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Key(context), _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = options.ClientIpPermitLimit,
                        Window = options.ClientIpWindow,
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                    }));
        });
        return services;
    }

    private static bool Exempt(PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/readyz") || path.StartsWithSegments(TelemetryExtensions.MetricsPath);
}
