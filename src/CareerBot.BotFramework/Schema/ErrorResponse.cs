namespace CareerBot.BotFramework.Schema;

/// <summary>The Bot Framework error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record ErrorResponse(Error Error)
{
    /// <summary>An error body.</summary>
    public static ErrorResponse Of(string code, string message) => new(new Error(code, message));
}
