using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>How an operator is recognised, with ASP.NET Core's authentication: a browser signs in through the page's
/// form and gets a cookie (<see cref="CookieScheme"/>: HttpOnly, SameSite=Strict, Secure over HTTPS, scoped to
/// <c>/admin</c>, its session kept server-side in <see cref="AdminTicketStore"/>); a script sends
/// <c>Authorization: Bearer &lt;key&gt;</c> (<see cref="KeyScheme"/>). <see cref="Scheme"/> picks one per request.</summary>
public static class AdminAuthentication
{
    /// <summary>The scheme the page's endpoints use: the key when the request has an Authorization header, else the cookie.</summary>
    public const string Scheme = "CareerBotAdmin";

    /// <summary>The sign-in cookie's scheme.</summary>
    public const string CookieScheme = "CareerBotAdminCookie";

    /// <summary>The Bearer key's scheme.</summary>
    public const string KeyScheme = "CareerBotAdminKey";

    /// <summary>The authorization policy of the page's figures: an operator, by either scheme.</summary>
    public const string Policy = "CareerBotAdmin";

    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "careerbot_admin";

    /// <summary>The antiforgery cookie's name.</summary>
    public const string AntiforgeryCookieName = "careerbot_admin_antiforgery";

    /// <summary>The <c>WWW-Authenticate</c> challenge of a 401.</summary>
    public const string Challenge = "Bearer realm=\"CareerBot operator page\"";

    /// <summary>The name of the signed-in operator (there is one key, so one operator).</summary>
    public const string OperatorName = "operator";

    /// <summary>Adds the schemes, the policy, the session store and antiforgery (its cookie scoped to the page too).</summary>
    public static IServiceCollection AddAdminAuthentication(this IServiceCollection services)
    {
        services.AddSingleton<AdminKey>();
        services.AddSingleton<AdminTicketStore>();
        services.AddAuthentication()
            .AddPolicyScheme(Scheme, displayName: null, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? KeyScheme : CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, AdminKeyHandler>(KeyScheme, displayName: null, configureOptions: null)
            .AddCookie(CookieScheme);
        services.AddOptions<CookieAuthenticationOptions>(CookieScheme)
            .Configure<AdminTicketStore, TimeProvider, IOptions<AdminOptions>>((cookie, store, time, admin) =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.Path = AdminEndpoints.BasePath;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.Cookie.IsEssential = true;
                cookie.ExpireTimeSpan = admin.Value.SessionLifetime > TimeSpan.Zero ? admin.Value.SessionLifetime : TimeSpan.FromHours(8);
                cookie.SlidingExpiration = false;
                cookie.SessionStore = store;
                cookie.TimeProvider = time;
                cookie.Events.OnRedirectToLogin = context =>
                {
                    Unauthorized(context.Response);
                    return Task.CompletedTask;
                };
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = AntiforgeryCookieName;
            antiforgery.Cookie.Path = AdminEndpoints.BasePath;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.FormFieldName = AdminEndpoints.TokenField;
            antiforgery.HeaderName = null;
            antiforgery.SuppressXFrameOptionsHeader = true;
        });
        return services;
    }

    /// <summary>A 401 naming the Bearer scheme.</summary>
    internal static void Unauthorized(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = Challenge;
    }
}
