namespace CareerBot.Core.Content;

/// <summary>Something a role's article does not cover, said plainly (<c>- net: The article gives gross salaries only.</c>).</summary>
/// <param name="Id">The limit's id, the same in every language ("net", "remote").</param>
/// <param name="Text">The sentence to say (Markdown).</param>
/// <param name="Then">Sections of the role to give after it, when the message asks nothing else ("missions").</param>
/// <param name="Source">Where it was written.</param>
public sealed record RoleLimit(string Id, string Text, IReadOnlyList<string> Then, ContentSource Source);
