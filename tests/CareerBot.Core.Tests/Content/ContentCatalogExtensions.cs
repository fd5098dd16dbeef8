using CareerBot.Core.Content;

namespace CareerBot.Core.Tests.Content;

/// <summary>Reading a catalog by language code in tests.</summary>
internal static class ContentCatalogExtensions
{
    /// <summary>The content of the language <paramref name="code"/> ("en", "fr"); fails when the catalog has none.</summary>
    public static LanguageContent In(this ContentCatalog catalog, string code) =>
        catalog.For(catalog.Find(code) ?? throw new ArgumentException($"no language '{code}' in the catalog", nameof(code)));
}
