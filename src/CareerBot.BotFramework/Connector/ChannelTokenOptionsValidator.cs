using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.Connector;

/// <summary>Stops start-up when the outbound token settings cannot work, naming the key: the login URL must be an
/// absolute https URL (the bot's secret is sent there), the scope not blank when set.</summary>
public sealed class ChannelTokenOptionsValidator : IValidateOptions<ChannelTokenOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ChannelTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl)
            && (!Uri.TryCreate(options.ToChannelFromBotLoginUrl.Trim(), UriKind.Absolute, out var login) || login.Scheme != Uri.UriSchemeHttps || login.UserInfo.Length > 0))
        {
            failures.Add($"ToChannelFromBotLoginUrl must be an absolute https URL (the bot's credentials are sent there); it is '{options.ToChannelFromBotLoginUrl}'.");
        }

        if (options.ToChannelFromBotOAuthScope is { } scope && scope.Length > 0 && string.IsNullOrWhiteSpace(scope))
        {
            failures.Add("ToChannelFromBotOAuthScope must not be blank.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
