namespace CareerBot.Core.Content;

/// <summary>What reading and checking a content folder found: the content when it is valid, else every problem, each
/// with its file and line.</summary>
/// <param name="Catalog">The content, or null when there is any problem.</param>
/// <param name="Problems">The problems, in the order of the files: empty when the content is valid.</param>
public sealed record ContentCheck(ContentCatalog? Catalog, IReadOnlyList<ContentException> Problems)
{
    /// <summary>The content, or a <see cref="ContentException"/> gathering every problem.</summary>
    public ContentCatalog CatalogOrThrow() => Catalog ?? throw new ContentException(Problems);
}
