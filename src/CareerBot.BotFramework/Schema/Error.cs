namespace CareerBot.BotFramework.Schema;

/// <summary>An error code and a message for developers.</summary>
public sealed record Error(string Code, string Message);
