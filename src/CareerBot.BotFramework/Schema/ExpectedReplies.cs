namespace CareerBot.BotFramework.Schema;

/// <summary>The response body of an <c>expectReplies</c> turn: every activity of the turn.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
