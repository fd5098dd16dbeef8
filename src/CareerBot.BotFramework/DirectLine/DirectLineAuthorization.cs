using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Reads the Bearer credential of a request: the configured secret, or a token signed by this app.</summary>
public sealed class DirectLineAuthorization
{
    private readonly DirectLineTokens tokens;
    private readonly byte[]? secret;

    /// <summary>Creates the reader.</summary>
    public DirectLineAuthorization(DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.tokens = tokens;
        secret = string.IsNullOrEmpty(options.Value.Secret) ? null : Encoding.UTF8.GetBytes(options.Value.Secret);
    }

    /// <summary>The caller of <paramref name="request"/>, or the error to answer (401 without credential; 403 for an
    /// expired, forged or unknown one).</summary>
    public DirectLineCaller? Authorize(HttpRequest request, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? credential = null;
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            credential = header["Bearer ".Length..].Trim();
        }

        if (string.IsNullOrEmpty(credential))
        {
            error = DirectLineErrors.MissingCredential();
            return null;
        }

        return Authorize(credential, out error);
    }

    /// <summary>True when <paramref name="request"/> carries the configured secret as its Bearer credential: a server
    /// of the operator's, not a visitor (the limits per client do not apply to it).</summary>
    public bool HoldsSecret(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return secret is not null
            && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), secret);
    }

    /// <summary>The caller holding <paramref name="credential"/> (a secret or token), or the error to answer.</summary>
    public DirectLineCaller? Authorize(string credential, out IResult? error)
    {
        ArgumentNullException.ThrowIfNull(credential);
        error = null;
        if (secret is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credential), secret))
        {
            return new DirectLineCaller(null);
        }

        switch (tokens.Check(credential, out var granted))
        {
            case TokenCheck.Valid:
                return new DirectLineCaller(granted);
            case TokenCheck.Expired:
                error = DirectLineErrors.Forbidden("TokenExpired", "The token has expired; get a new one.");
                return null;
            default:
                error = DirectLineErrors.Forbidden("BadArgument", "The token or secret is not valid.");
                return null;
        }
    }
}
