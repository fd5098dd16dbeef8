using CareerBot.Core.Languages;

namespace CareerBot.Core.Content;

/// <summary>The content of one language: the messages the bot says, the words it reads and the roles it knows.</summary>
/// <param name="Language">The language.</param>
/// <param name="Messages">Every sentence of the bot, by key (<c>dialogs/{code}/messages.md</c>).</param>
/// <param name="Vocabulary">The words the bot reads (<c>dialogs/{code}/vocabulary.md</c>).</param>
/// <param name="Roles">The roles, one file each (<c>dialogs/{code}/{role-id}.md</c>), in file-name order.</param>
public sealed record LanguageContent(Language Language, MessageCatalog Messages, Vocabulary Vocabulary, IReadOnlyList<Role> Roles)
{
    /// <summary>The role <paramref name="id"/>; the first role when there is no such role.</summary>
    public Role Role(string? id) => Roles.FirstOrDefault(r => r.Id == id) ?? Roles[0];
}
