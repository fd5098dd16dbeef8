namespace CareerBot.Core.Content;

/// <summary>One <c>key: value</c> of a role file's front matter, with any <c>- item</c> lines under it.</summary>
/// <param name="Key">The key, always English ("name", "aliases", "country", "currency").</param>
/// <param name="Value">The text after the colon, trimmed.</param>
/// <param name="Items">Comma-separated parts of the value followed by the <c>- item</c> lines under the key.</param>
/// <param name="Source">The key's line.</param>
internal sealed record FrontMatterEntry(string Key, string Value, IReadOnlyList<string> Items, ContentSource Source);
