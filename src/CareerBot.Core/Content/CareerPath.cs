namespace CareerBot.Core.Content;

/// <summary>A role one can move on to.</summary>
/// <param name="Title">Its title as the article gives it ("Applications architect").</param>
/// <param name="Aliases">Other ways users name it ("software architect", "architect"), from its <c>also:</c> line.</param>
public sealed record CareerPath(string Title, IReadOnlyList<string> Aliases);
