using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CareerBot.Admin;

/// <summary>The scheme scripts use: <c>Authorization: Bearer &lt;Admin:ApiKey&gt;</c>. No header, or another scheme
/// than Bearer: no result; a wrong key: a failure. Its challenge is a 401 naming the Bearer scheme.</summary>
internal sealed class AdminKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AdminKey key)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Bearer = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!key.Matches(authorization[Bearer.Length..].Trim()))
        {
            return Task.FromResult(AuthenticateResult.Fail("The operator key was not accepted."));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, AdminAuthentication.OperatorName)], Scheme.Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        AdminAuthentication.Unauthorized(Response);
        return Task.CompletedTask;
    }
}
