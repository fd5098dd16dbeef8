using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>Maps the operator page: <c>GET /admin</c> (the dashboard, or the sign-in form), <c>GET /admin/api/stats</c>
/// (its figures as JSON, which the page fetches), <c>POST /admin/login</c> and <c>POST /admin/logout</c> (forms with an
/// antiforgery token), <c>GET /admin/assets/{name}</c> (its style sheet, script and Chart.js). With <c>Admin:ApiKey</c>
/// empty nothing is mapped: every <c>/admin</c> address answers 404.</summary>
public static class AdminEndpoints
{
    /// <summary>Where the page lives.</summary>
    public const string BasePath = "/admin";

    /// <summary>The sign-in form's address, under <see cref="BasePath"/>.</summary>
    public const string SignInPath = "/login";

    /// <summary>The sign-out form's address, under <see cref="BasePath"/>.</summary>
    public const string SignOutPath = "/logout";

    /// <summary>The figures' address, under <see cref="BasePath"/>.</summary>
    public const string ReportPath = "/api/stats";

    /// <summary>The sign-in form's field.</summary>
    public const string KeyField = "key";

    /// <summary>The forms' antiforgery field.</summary>
    public const string TokenField = "antiforgery";

    /// <summary>The largest sign-in form accepted (413 beyond).</summary>
    public const int MaxFormBytes = 4096;

    /// <summary>The media type of the page.</summary>
    internal const string HtmlType = "text/html; charset=utf-8";

    private const string LoggerName = "CareerBot.Admin";

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

        var admin = endpoints.MapGroup(BasePath).RequireRateLimiting(AdminSignInLimit.Name);
        admin.MapGet(string.Empty, ShowPageAsync);
        admin.MapGet(ReportPath, ReportAsync).RequireAuthorization(AdminAuthentication.Policy);
        admin.MapPost(SignInPath, SignInAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute(), new RequestSizeLimitAttribute(MaxFormBytes))
            .WithFormOptions(bufferBodyLengthLimit: MaxFormBytes, valueCountLimit: 8, keyLengthLimit: 64, valueLengthLimit: 1024, multipartBodyLengthLimit: MaxFormBytes);
        admin.MapPost(SignOutPath, SignOutAsync)
            .WithMetadata(new RequireAntiforgeryTokenAttribute(), new RequestSizeLimitAttribute(MaxFormBytes))
            .WithFormOptions(bufferBodyLengthLimit: MaxFormBytes, valueCountLimit: 8, keyLengthLimit: 64, valueLengthLimit: 1024, multipartBodyLengthLimit: MaxFormBytes);
        admin.MapGet("/assets/{name}", (string name, HttpContext context, AdminAssets assets) => assets.Serve(context, name));
        return endpoints;
    }

    /// <summary>The headers every answer of the page carries: not cached, not framed, nothing but its own files.</summary>
    internal static void Protect(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers.ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    private static async Task<IResult> ShowPageAsync(HttpContext context, IAntiforgery antiforgery, AdminAssets assets, IOptions<AdminOptions> options)
    {
        var signedIn = (await context.AuthenticateAsync(AdminAuthentication.Scheme)).Succeeded;
        var token = Token(context, antiforgery);
        var basePath = context.Request.PathBase + BasePath;
        return signedIn
            ? Html(context, AdminPage.Dashboard(basePath, token, assets, options.Value.RefreshSeconds), StatusCodes.Status200OK)
            : SignInForm(context, token, assets, null, StatusCodes.Status401Unauthorized);
    }

    private static async Task<IResult> ReportAsync(HttpContext context, AdminReports reports)
    {
        Protect(context.Response);
        return Results.Json(await reports.TakeAsync(context.RequestAborted), AdminJsonContext.Default.AdminReport);
    }

    private static async Task<IResult> SignInAsync(HttpContext context, AdminKey key, IAntiforgery antiforgery, AdminAssets assets, ILoggerFactory loggers)
    {
        var request = context.Request;
        if (Refused(context) is { } refused)
        {
            return refused;
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return SignInForm(context, Token(context, antiforgery), assets, "The form had expired. Give the key again.", StatusCodes.Status400BadRequest);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException exception)
        {
            return Status(context, exception.StatusCode);
        }
        catch (InvalidDataException)
        {
            return Status(context, StatusCodes.Status400BadRequest);
        }

        var given = form[KeyField];
        if (given.Count != 1 || string.IsNullOrEmpty(given[0]))
        {
            return SignInForm(context, Token(context, antiforgery), assets, "Type the operator key.", StatusCodes.Status400BadRequest);
        }

        var logger = loggers.CreateLogger(LoggerName);
        if (!key.Matches(given[0]))
        {
            logger.LogWarning("An operator sign-in was refused: wrong key");
            return SignInForm(context, Token(context, antiforgery), assets, "That key was not accepted.", StatusCodes.Status401Unauthorized);
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, AdminAuthentication.OperatorName)], AdminAuthentication.CookieScheme));
        await context.SignInAsync(AdminAuthentication.CookieScheme, principal, new AuthenticationProperties { IsPersistent = true });
        logger.LogInformation("An operator signed in");
        return SeeOther(context);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, ILoggerFactory loggers)
    {
        if (Refused(context) is { } refused)
        {
            return refused;
        }

        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            return Status(context, StatusCodes.Status400BadRequest);
        }

        // Removes the session from the server's store, not only the cookie from the browser: a kept copy is refused.
        await context.SignOutAsync(AdminAuthentication.CookieScheme);
        loggers.CreateLogger(LoggerName).LogInformation("An operator signed out");
        return SeeOther(context);
    }

    // A form post that is not a small URL-encoded form: 415 or 413, before anything is read.
    private static IResult? Refused(HttpContext context)
    {
        var request = context.Request;
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Status(context, StatusCodes.Status415UnsupportedMediaType);
        }

        return request.ContentLength > MaxFormBytes ? Status(context, StatusCodes.Status413PayloadTooLarge) : null;
    }

    private static string Token(HttpContext context, IAntiforgery antiforgery) =>
        antiforgery.GetAndStoreTokens(context).RequestToken ?? string.Empty;

    private static IResult SignInForm(HttpContext context, string token, AdminAssets assets, string? message, int status)
    {
        if (status == StatusCodes.Status401Unauthorized)
        {
            AdminAuthentication.Unauthorized(context.Response);
        }

        return Html(context, AdminPage.SignIn(context.Request.PathBase + BasePath, token, message, assets), status);
    }

    private static IResult Html(HttpContext context, string html, int status)
    {
        Protect(context.Response);
        return Results.Content(html, HtmlType, Encoding.UTF8, status);
    }

    private static IResult Status(HttpContext context, int status)
    {
        Protect(context.Response);
        return Results.StatusCode(status);
    }

    private static IResult SeeOther(HttpContext context)
    {
        Protect(context.Response);
        context.Response.Headers.Location = (context.Request.PathBase + BasePath).ToString();
        return Results.StatusCode(StatusCodes.Status303SeeOther);
    }
}
