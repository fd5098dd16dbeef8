using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.Core.Content;

namespace CareerBot.Teams;

/// <summary>Writes the Teams app package: a zip holding <c>manifest.json</c>, <c>color.png</c>, <c>outline.png</c> and
/// one localization file per language, all at its root, which Teams side-loads ("Upload a custom app").</summary>
public static class TeamsPackage
{
    /// <summary>The manifest's file name in the package.</summary>
    public const string ManifestFile = "manifest.json";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the package of <paramref name="content"/> and <paramref name="settings"/> to <paramref name="output"/>.</summary>
    public static void Write(Stream output, ContentCatalog content, TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(settings);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, ManifestFile, Json(TeamsAppManifest.Manifest(content, settings)));
        Add(zip, TeamsAppManifest.ColorIcon, TeamsAppIcons.Color());
        Add(zip, TeamsAppManifest.OutlineIcon, TeamsAppIcons.Outline());
        foreach (var language in content.Languages.Select(l => l.Language))
        {
            Add(zip, TeamsAppManifest.LocalizationFile(language), Json(TeamsAppManifest.Localization(content.For(language))));
        }
    }

    private static byte[] Json(JsonObject json) => JsonSerializer.SerializeToUtf8Bytes(json, Indented);

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        // A fixed date keeps the package the same from one build to the next for the same content and settings.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var stream = entry.Open();
        stream.Write(bytes);
    }
}
