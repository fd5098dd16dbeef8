using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Stops start-up when a <c>Connector</c> setting cannot work, naming its key.</summary>
public sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var url in options.AllowedServiceUrls)
        {
            if (ServiceUrlPolicy.Parse(url) is null || url.Contains('*', StringComparison.Ordinal) || url.Contains('?', StringComparison.Ordinal))
            {
                failures.Add($"Connector:AllowedServiceUrls: '{url}' is not an absolute http or https URL without user info, query or wildcard.");
            }
        }

        Positive(failures, "Connector:MaxBodyBytes", options.MaxBodyBytes);
        Positive(failures, "Connector:MaxActivityBytes", options.MaxActivityBytes);
        Positive(failures, "Connector:MaxConcurrentSends", options.MaxConcurrentSends);
        Positive(failures, "Connector:AttemptTimeout", options.AttemptTimeout);
        Positive(failures, "Connector:RetryDelay", options.RetryDelay);
        Positive(failures, "Connector:PollInterval", options.PollInterval);
        if (options.MaxRetryDelay < options.RetryDelay)
        {
            failures.Add("Connector:MaxRetryDelay must not be shorter than Connector:RetryDelay.");
        }

        if (options.MaxDeliveryTime < options.AttemptTimeout)
        {
            failures.Add("Connector:MaxDeliveryTime must not be shorter than Connector:AttemptTimeout.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string key, int value)
    {
        if (value <= 0)
        {
            failures.Add($"{key} must be positive; it is {value}.");
        }
    }

    private static void Positive(List<string> failures, string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero || value > TimeSpan.FromDays(1))
        {
            failures.Add($"{key} must be positive and at most a day; it is {value}.");
        }
    }
}
