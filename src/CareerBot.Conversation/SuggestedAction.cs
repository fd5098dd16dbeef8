namespace CareerBot.Conversation;

/// <summary>A quick reply: <paramref name="Title"/> is shown, <paramref name="Value"/> is sent back as the user's text.</summary>
public sealed record SuggestedAction(string Title, string Value);
