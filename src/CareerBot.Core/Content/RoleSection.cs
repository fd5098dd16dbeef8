using Markdig.Syntax;

namespace CareerBot.Core.Content;

/// <summary>A <c>## Heading {#id}</c> of a role file and the blocks under it.</summary>
/// <param name="Id">The machine id, the same in every language ("missions").</param>
/// <param name="Heading">The heading, written in the file's language.</param>
/// <param name="Blocks">The blocks up to the next level-2 heading.</param>
internal sealed record RoleSection(string Id, HeadingBlock Heading, IReadOnlyList<Block> Blocks);
