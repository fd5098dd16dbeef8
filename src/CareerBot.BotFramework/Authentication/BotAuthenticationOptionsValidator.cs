using System.Net;
using CareerBot.BotFramework.Connector;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Authentication;

/// <summary>Stops start-up when the credentials cannot work together, naming the configuration key to fix.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var appType = BotAppTypes.Normalize(options.MicrosoftAppType);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        if (appType is null)
        {
            failures.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not one of {BotAppTypes.MultiTenant}, {BotAppTypes.SingleTenant}, {BotAppTypes.UserAssignedMsi} (empty means {BotAppTypes.MultiTenant}).");
        }

        if (options.IsAnonymous)
        {
            if (hasPassword)
            {
                failures.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set MicrosoftAppId, or remove the password to run in anonymous mode.");
            }
        }
        else if (appType == BotAppTypes.UserAssignedMsi)
        {
            if (hasPassword)
            {
                failures.Add("MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI (a managed identity has no secret).");
            }

            if (!hasTenant)
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI.");
            }
        }
        else if (appType is not null)
        {
            if (!hasPassword)
            {
                failures.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {appType}.");
            }

            if (appType == BotAppTypes.SingleTenant && !hasTenant)
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
            }
        }

        CheckMetadataUrl(nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl, failures);
        CheckMetadataUrl(nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl, failures);
        if (options.OpenIdMetadataRefreshInterval < TimeSpan.Zero)
        {
            failures.Add("OpenIdMetadataRefreshInterval must not be negative.");
        }

        if (options.OpenIdMetadataLifetime <= TimeSpan.Zero)
        {
            failures.Add("OpenIdMetadataLifetime must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Signing keys fetched over plain HTTP could be swapped by anyone on the path: https only, except loopback (tests).
    private static void CheckMetadataUrl(string key, string? value, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri))))
        {
            failures.Add($"{key} must be an absolute https URL (http only on loopback); it is '{value}'.");
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
