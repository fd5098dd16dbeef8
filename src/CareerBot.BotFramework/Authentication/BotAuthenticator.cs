using System.Net.Http.Headers;
using CareerBot.BotFramework.Connector;
using CareerBot.BotFramework.Schema;
using CareerBot.BotFramework.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Decides whether a request to <c>/api/messages</c> comes from a channel the bot trusts, as the Bot Framework
/// SDK does: channel tokens (issuer <c>https://api.botframework.com</c>, keys from the channel metadata, endorsed for
/// the activity's channel, <c>serviceurl</c> claim matching the activity) and Emulator tokens (Entra issuers of the
/// Emulator tenants and the bot's own tenant, app id in <c>appid</c> or <c>azp</c>). The token's unvalidated issuer
/// picks which rules apply; the rules then validate everything, the issuer included.</summary>
public sealed class BotAuthenticator : IDisposable
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions options;
    private readonly string appId;
    private readonly OpenIdKeyCache channelKeys;
    private readonly OpenIdKeyCache emulatorKeys;
    private readonly HashSet<string> emulatorIssuers;
    private readonly HashSet<string> allowedTenants;
    private readonly ILogger<BotAuthenticator> logger;
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Creates the authenticator; the signing keys are fetched on first use.</summary>
    public BotAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.logger = logger;
        appId = this.options.MicrosoftAppId?.Trim() ?? string.Empty;
        var o = this.options;
        channelKeys = new OpenIdKeyCache(new Uri(o.ToBotFromChannelOpenIdMetadataUrl), httpClients, time, o.OpenIdMetadataRefreshInterval, o.OpenIdMetadataLifetime, logger);
        emulatorKeys = new OpenIdKeyCache(new Uri(o.ToBotFromEmulatorOpenIdMetadataUrl), httpClients, time, o.OpenIdMetadataRefreshInterval, o.OpenIdMetadataLifetime, logger);
        emulatorIssuers = new HashSet<string>(TokenIssuers.Emulator(o.MicrosoftAppTenantId), StringComparer.Ordinal);
        allowedTenants = new HashSet<string>(o.AllowedTenants.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Checks the request's <c>Authorization</c> header against <paramref name="activity"/> (its
    /// <c>serviceUrl</c>, <c>channelId</c> and tenant). Refusals are logged at Warning with their reason.</summary>
    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = await ValidateTokenAsync(authorization, activity, cancellationToken);
        if (result.Succeeded && allowedTenants.Count > 0 && (ActivityTenant.Of(activity) is not { } tenant || !allowedTenants.Contains(tenant)))
        {
            result = BotAuthenticationResult.Failure("The activity's tenant is not in AllowedTenants.");
        }

        if (!result.Succeeded)
        {
            logger.LogWarning("Refused a {ActivityType} activity from channel {ChannelId}: {Reason}", LogValues.Text(activity.Type), LogValues.Text(activity.ChannelId), result.FailureReason);
        }

        return result;
    }

    private async Task<BotAuthenticationResult> ValidateTokenAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            return options.IsAnonymous
                ? BotAuthenticationResult.Anonymous
                : BotAuthenticationResult.Failure("The request has no Authorization header; this bot requires a Bot Framework token.");
        }

        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(header.Parameter))
        {
            return BotAuthenticationResult.Failure("The Authorization header is not 'Bearer <token>'.");
        }

        if (options.IsAnonymous)
        {
            return BotAuthenticationResult.Failure("The request carries a token, but this bot has no MicrosoftAppId to validate it against: send no Authorization header, or configure MicrosoftAppId.");
        }

        JsonWebToken token;
        try
        {
            token = handler.ReadJsonWebToken(header.Parameter);
        }
        catch (ArgumentException)
        {
            return BotAuthenticationResult.Failure("The bearer token is not a well-formed JWT.");
        }

        if (token.IsEncrypted || !AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Failure("The token is not signed with RS256, RS384 or RS512.");
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return BotAuthenticationResult.Failure("The token names no signing key ('kid').");
        }

        var fromEmulator = emulatorIssuers.Contains(token.Issuer);
        var keys = fromEmulator ? emulatorKeys : channelKeys;
        SigningKey? key;
        try
        {
            key = await keys.FindAsync(token.Kid, cancellationToken);
        }
        catch (Exception exception) when (OpenIdKeyCache.IsFetchFailure(exception, cancellationToken))
        {
            logger.LogError(exception, "The signing keys of {MetadataUrl} cannot be fetched", keys.MetadataUrl);
            return BotAuthenticationResult.Failure("The signing keys cannot be fetched; try again later.");
        }

        if (key is null)
        {
            return BotAuthenticationResult.Failure("The token's signing key is not published in its issuer's OpenID metadata.");
        }

        var validation = await handler.ValidateTokenAsync(token, Parameters(fromEmulator, key));
        if (!validation.IsValid)
        {
            return BotAuthenticationResult.Failure(Describe(validation.Exception));
        }

        // The SDK skips this check when the activity names no channel; a key endorsed for some channels only is
        // refused for an activity that names none, so a token cannot be replayed with the channel left out.
        if (key.Endorsements.Count > 0 && (activity.ChannelId is not { } channelId || !key.Endorsements.Contains(channelId, StringComparer.Ordinal)))
        {
            return BotAuthenticationResult.Failure("The token's signing key is not endorsed for the activity's channel.");
        }

        var problem = fromEmulator ? EmulatorClaimsProblem(token) : ChannelClaimsProblem(token, activity);
        return problem is null
            ? BotAuthenticationResult.Success(validation.ClaimsIdentity, fromEmulator ? null : activity.ServiceUrl)
            : BotAuthenticationResult.Failure(problem);
    }

    private TokenValidationParameters Parameters(bool fromEmulator, SigningKey key) => new()
    {
        ValidIssuers = fromEmulator ? emulatorIssuers : [TokenIssuers.BotFramework],
        // Entra issues v1 tokens for an app with an identifier URI with that URI as audience.
        ValidAudiences = fromEmulator ? [appId, $"api://{appId}"] : [appId],
        IssuerSigningKey = key.Key,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AllowedAlgorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
    };

    private static string? ChannelClaimsProblem(JsonWebToken token, Activity activity)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return "The token has no 'serviceurl' claim.";
        }

        return string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The token's 'serviceurl' claim does not match the activity's serviceUrl.";
    }

    private string? EmulatorClaimsProblem(JsonWebToken token)
    {
        // As in the SDK, a token without 'ver' is read as version 1.0.
        var version = token.TryGetPayloadValue<string>("ver", out var ver) ? ver : "1.0";
        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return "The token's version ('ver') is neither 1.0 nor 2.0.";
        }

        return token.TryGetPayloadValue<string>(appIdClaim, out var tokenAppId) && string.Equals(tokenAppId, appId, StringComparison.OrdinalIgnoreCase)
            ? null
            : $"The token's '{appIdClaim}' claim is not this bot's MicrosoftAppId.";
    }

    /// <inheritdoc />
    public void Dispose()
    {
        channelKeys.Dispose();
        emulatorKeys.Dispose();
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenNoExpirationException => "The token has no expiry.",
        SecurityTokenInvalidLifetimeException => "The token's lifetime is not valid.",
        SecurityTokenInvalidAudienceException => "The token was not issued for this bot (audience).",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenInvalidAlgorithmException => "The token is not signed with RS256, RS384 or RS512.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The token's signature is not valid.",
        _ => "The token is not valid.",
    };
}
