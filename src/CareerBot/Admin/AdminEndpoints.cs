using System.Security.Cryptography;
using System.Text;
using CareerBot.Admin.Statistics;
using CareerBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Maps the operator page: <c>GET /admin</c> (the charts, or the sign-in form; <c>?part=main</c>: the charts
/// alone, for the page's refresh), <c>GET /admin/stats</c> (the
/// same figures as JSON), <c>POST /admin/login</c> and <c>POST /admin/logout</c>. With <c>Admin:ApiKey</c> empty
/// nothing is mapped: every <c>/admin</c> address answers 404.</summary>
public static class AdminEndpoints
{
    /// <summary>Where the page lives.</summary>
    public const string BasePath = "/admin";

    /// <summary>The sign-in form's field.</summary>
    public const string KeyField = "key";

    /// <summary>The largest sign-in form accepted (413 beyond).</summary>
    public const int MaxFormBytes = 4096;

    private const string LoggerName = "CareerBot.Admin";

    private static readonly FormOptions FormLimits = new()
    {
        ValueCountLimit = 8,
        KeyLengthLimit = 64,
        ValueLengthLimit = 1024,
        BufferBodyLengthLimit = MaxFormBytes,
        MultipartBodyLengthLimit = MaxFormBytes,
    };

    /// <summary>Maps the page when <c>Admin:ApiKey</c> is set.</summary>
    public static IEndpointRouteBuilder MapAdminPage(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (!options.Enabled)
        {
            return endpoints;
        }

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(LoggerName);
        logger.LogInformation("The operator page is on at {Path}", BasePath);
        if (options.ApiKey.Length < 16)
        {
            logger.LogWarning("Admin:ApiKey is shorter than 16 characters; a longer random key is safer");
        }

        var admin = endpoints.MapGroup(BasePath);
        admin.MapGet(string.Empty, ShowPage);
        admin.MapGet("/stats", ShowStats);
        admin.MapPost("/login", SignInAsync);
        admin.MapPost("/logout", SignOut);
        return endpoints;
    }

    private static IResult ShowPage(HttpContext context, AdminAccess access, AdminSignInThrottle throttle, TurnStatistics statistics, IOptions<AdminOptions> options)
    {
        var nonce = Protect(context.Response);
        var basePath = context.Request.PathBase + BasePath;
        if (BearerBlocked(context, throttle))
        {
            return Html(AdminPage.SignIn(basePath, nonce, TooManyAttempts), StatusCodes.Status429TooManyRequests);
        }

        if (Identify(context, access, throttle) != AdminCaller.Operator)
        {
            return Challenge(context, AdminPage.SignIn(basePath, nonce, null));
        }

        return context.Request.Query["part"] == "main"
            ? Html(AdminPage.Figures(statistics.Snapshot()), StatusCodes.Status200OK)
            : Html(AdminPage.Dashboard(statistics.Snapshot(), basePath, nonce, options.Value.RefreshInterval), StatusCodes.Status200OK);
    }

    private static IResult ShowStats(HttpContext context, AdminAccess access, AdminSignInThrottle throttle, TurnStatistics statistics)
    {
        Protect(context.Response);
        if (BearerBlocked(context, throttle))
        {
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return Identify(context, access, throttle) == AdminCaller.Operator
            ? Results.Json(statistics.Snapshot(), AdminJsonContext.Default.AdminStats)
            : Challenge(context, null);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, AdminAccess access, AdminSignInThrottle throttle, ILoggerFactory loggers)
    {
        var nonce = Protect(context.Response);
        var request = context.Request;
        var basePath = request.PathBase + BasePath;
        if (!SameOrigin(request))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (Blocked(context, throttle))
        {
            return Html(AdminPage.SignIn(basePath, nonce, TooManyAttempts), StatusCodes.Status429TooManyRequests);
        }

        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxFormBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = MaxFormBytes;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(FormLimits, context.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            return Results.StatusCode(exception.StatusCode);
        }
        catch (InvalidDataException)
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        var key = form[KeyField];
        if (key.Count != 1 || string.IsNullOrEmpty(key[0]))
        {
            return Html(AdminPage.SignIn(basePath, nonce, "Type the operator key."), StatusCodes.Status400BadRequest);
        }

        var logger = loggers.CreateLogger(LoggerName);

        // Counted as a wrong key before the key is checked, so that attempts in parallel cannot all pass the limit.
        if (!throttle.TryBegin(Client(context), out var wait))
        {
            RetryAfter.Set(context.Response, wait);
            return Html(AdminPage.SignIn(basePath, nonce, TooManyAttempts), StatusCodes.Status429TooManyRequests);
        }

        if (!access.IsKey(key[0]))
        {
            logger.LogWarning("An operator sign-in was refused: wrong key");
            return Html(AdminPage.SignIn(basePath, nonce, "That key was not accepted."), StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(Client(context));
        var session = access.IssueSession();
        context.Response.Cookies.Append(AdminAccess.CookieName, session.Value, Cookie(request, session.Expires));
        logger.LogInformation("An operator signed in");
        return SeeOther(context, basePath);
    }

    private static IResult SignOut(HttpContext context, AdminAccess access)
    {
        Protect(context.Response);
        var request = context.Request;
        if (!SameOrigin(request))
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Ended here, not only in the browser: the cookie, if kept, is refused from now on.
        access.EndSession(request.Cookies[AdminAccess.CookieName]);
        context.Response.Cookies.Delete(AdminAccess.CookieName, Cookie(request, null));
        return SeeOther(context, request.PathBase + BasePath);
    }

    private const string TooManyAttempts = "Too many wrong keys from this address. Wait a minute, then try again.";

    /// <summary>Who is calling. A Bearer key was counted as a wrong one by <see cref="BearerBlocked"/>; the right one
    /// is given back.</summary>
    private static AdminCaller Identify(HttpContext context, AdminAccess access, AdminSignInThrottle throttle)
    {
        var caller = access.Identify(context.Request);
        if (caller != AdminCaller.WrongKey && HasBearer(context.Request))
        {
            throttle.Succeeded(Client(context));
        }

        return caller;
    }

    /// <summary>True when the request gives a key (Bearer) from an address that gave too many wrong ones: then even
    /// the right key waits. Otherwise the key is counted as wrong until <see cref="Identify"/> finds it right.</summary>
    private static bool BearerBlocked(HttpContext context, AdminSignInThrottle throttle)
    {
        if (!HasBearer(context.Request) || throttle.TryBegin(Client(context), out var retryAfter))
        {
            return false;
        }

        RetryAfter.Set(context.Response, retryAfter);
        return true;
    }

    private static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the caller's address is blocked; then sets Retry-After.</summary>
    private static bool Blocked(HttpContext context, AdminSignInThrottle throttle)
    {
        if (!throttle.IsBlocked(Client(context), out var retryAfter))
        {
            return false;
        }

        RetryAfter.Set(context.Response, retryAfter);
        return true;
    }

    private static string Client(HttpContext context) => ClientAddress.Key(context);

    /// <summary>A form post must come from this site: the browser's Sec-Fetch-Site, when sent, says same-origin, and
    /// the Origin header, when sent, names this host. (The page's referrer policy is same-origin, not no-referrer,
    /// under which browsers send "Origin: null" even from the page itself.)</summary>
    private static bool SameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return false;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static CookieOptions Cookie(HttpRequest request, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = request.IsHttps,
        Path = request.PathBase + BasePath,
        Expires = expires,
        IsEssential = true,
    };

    /// <summary>The headers every answer of the page carries; returns the nonce of its inline style and script.</summary>
    private static string Protect(HttpResponse response)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'nonce-{nonce}'; script-src 'nonce-{nonce}'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        return nonce;
    }

    private static IResult Html(string html, int status) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    private static IResult Challenge(HttpContext context, string? html)
    {
        context.Response.Headers.WWWAuthenticate = AdminAccess.Challenge;
        return html is null ? Results.StatusCode(StatusCodes.Status401Unauthorized) : Html(html, StatusCodes.Status401Unauthorized);
    }

    private static IResult SeeOther(HttpContext context, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
