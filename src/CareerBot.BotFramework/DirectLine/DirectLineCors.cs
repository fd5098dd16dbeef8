using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>CORS for the Direct Line endpoints: off unless <see cref="DirectLineOptions.AllowedOrigins"/> lists the page's
/// origin; then preflights are answered with the headers Web Chat sends and a max-age, so polls need no preflight each.</summary>
public sealed class DirectLineCors
{
    /// <summary>The request headers Web Chat and DirectLineJS send.</summary>
    public const string AllowedHeaders = "authorization, content-type, x-ms-bot-agent, x-requested-with";

    private readonly HashSet<string> origins;
    private readonly bool anyOrigin;
    private readonly string maxAge;

    /// <summary>Creates the policy.</summary>
    public DirectLineCors(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        origins = new HashSet<string>(options.Value.AllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);
        anyOrigin = origins.Contains("*");
        maxAge = ((int)options.Value.CorsMaxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Answers a preflight: 204 with the CORS headers for an allowed origin, 403 without them otherwise.</summary>
    public IResult Preflight(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.Vary = "Origin";
        if (!Allow(context))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        headers.AccessControlAllowMethods = "GET, POST, OPTIONS";
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlMaxAge = maxAge;
        return Results.NoContent();
    }

    /// <summary>Adds the CORS headers to an actual response when the origin is allowed (an endpoint filter).</summary>
    public ValueTask<object?> FilterAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        if (invocation.HttpContext.Request.Headers.Origin.Count > 0)
        {
            invocation.HttpContext.Response.Headers.Vary = "Origin";
            Allow(invocation.HttpContext);
        }

        return next(invocation);
    }

    private bool Allow(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin) || !(anyOrigin || origins.Contains(origin)))
        {
            return false;
        }

        context.Response.Headers.AccessControlAllowOrigin = origin;
        return true;
    }
}
