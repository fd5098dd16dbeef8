using System.Threading.RateLimiting;
using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Telemetry;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>The rate limit of the operator key (ASP.NET Core's rate limiting, policy <see cref="Name"/>): each client
/// address may give a key — the sign-in form, or an <c>Authorization</c> header — <c>Admin:MaxKeyAttempts</c> times per
/// <c>Admin:KeyAttemptWindow</c>, right or wrong, in a fixed window. The permit is taken before the key is read, so
/// attempts sent at once cannot pass the limit. Requests that give no key (the signed-in page and its figures, by
/// cookie) are not counted. A refusal is a 429 with <c>Retry-After</c>, the sign-in form again for a browser, and is
/// counted in <c>careerbot.ratelimit.rejections</c>.</summary>
internal sealed class AdminSignInLimit(IOptions<AdminOptions> options) : IRateLimiterPolicy<string>
{
    /// <summary>The policy's name, in the rejections metric.</summary>
    public const string Name = "admin-sign-in";

    /// <summary>The message of the form when the limit is reached.</summary>
    public const string TooManyAttempts = "Too many keys given from this address. Wait a minute, then try again.";

    private readonly FixedWindowRateLimiterOptions limit = new()
    {
        PermitLimit = Math.Max(1, options.Value.MaxKeyAttempts),
        Window = options.Value.KeyAttemptWindow > TimeSpan.Zero ? options.Value.KeyAttemptWindow : TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <inheritdoc />
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    /// <inheritdoc />
    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        GivesKey(httpContext.Request)
            ? RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(httpContext), _ => limit)
            : RateLimitPartition.GetNoLimiter(string.Empty);

    private static bool GivesKey(HttpRequest request) =>
        request.Headers.Authorization.Count > 0
        || (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments(AdminEndpoints.BasePath + AdminEndpoints.SignInPath));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        BotTelemetry.RateLimitRejections.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.Policy, Name));
        var response = context.Response;
        RetryAfter.Set(response, rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1));
        if (!HttpMethods.IsPost(context.Request.Method) && context.Request.Path != AdminEndpoints.BasePath)
        {
            AdminEndpoints.Protect(response);
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            return;
        }

        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken;
        AdminEndpoints.Protect(response);
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = AdminEndpoints.HtmlType;
        var assets = context.RequestServices.GetRequiredService<AdminAssets>();
        await response.WriteAsync(AdminPage.SignIn(context.Request.PathBase + AdminEndpoints.BasePath, token ?? string.Empty, TooManyAttempts, assets), cancellationToken);
    }
}
