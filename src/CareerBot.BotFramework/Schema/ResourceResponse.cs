namespace CareerBot.BotFramework.Schema;

/// <summary>The connector's answer to a sent activity.</summary>
public sealed record ResourceResponse(string? Id);
