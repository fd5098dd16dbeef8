namespace CareerBot.Core.Content;

/// <summary>A language's content while loading, with the files its roles came from (for cross-language errors).</summary>
/// <param name="Content">The parsed content.</param>
/// <param name="RoleFiles">The file of each role, by role id.</param>
internal sealed record LoadedLanguage(LanguageContent Content, IReadOnlyDictionary<string, ContentFile> RoleFiles);
