using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Stops start-up when a <c>DirectLine</c> setting cannot work, naming its key.</summary>
public sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        // Web Chat renews a token well before it expires; seconds are for tests of renewal (e2e/webchat uses 6 s).
        Between(failures, "DirectLine:TokenLifetime", options.TokenLifetime, TimeSpan.FromSeconds(5), TimeSpan.FromDays(1));
        Between(failures, "DirectLine:ConversationIdleTimeout", options.ConversationIdleTimeout, TimeSpan.FromMinutes(1), TimeSpan.FromDays(30));
        Between(failures, "DirectLine:ConversationStartWindow", options.ConversationStartWindow, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1));
        Between(failures, "DirectLine:KeepAliveInterval", options.KeepAliveInterval, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        Between(failures, "DirectLine:StreamPollInterval", options.StreamPollInterval, TimeSpan.FromMilliseconds(50), TimeSpan.FromMinutes(1));
        Positive(failures, "DirectLine:MaxActivityBytes", options.MaxActivityBytes);
        Positive(failures, "DirectLine:MaxHistory", options.MaxHistory);
        Positive(failures, "DirectLine:MaxConversations", options.MaxConversations);
        Positive(failures, "DirectLine:MaxActivitiesPerMinute", options.MaxActivitiesPerMinute);
        if (options.MaxHistoryBytes < options.MaxActivityBytes)
        {
            failures.Add("DirectLine:MaxHistoryBytes must be at least DirectLine:MaxActivityBytes.");
        }

        if (options.MaxConversationStartsPerClient < 0)
        {
            failures.Add("DirectLine:MaxConversationStartsPerClient must not be negative (0 turns the limit off).");
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

    private static void Between(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max}; it is {value}.");
        }
    }
}
