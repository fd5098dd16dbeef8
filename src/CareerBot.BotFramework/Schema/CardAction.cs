namespace CareerBot.BotFramework.Schema;

/// <summary>A button.</summary>
/// <param name="Type">imBack (the value is sent as the user's message), postBack, openUrl…</param>
/// <param name="Title">The label.</param>
/// <param name="Value">What the button sends.</param>
public sealed record CardAction(string Type, string Title, string Value);
