namespace CareerBot.Hosting;

/// <summary>Where CareerBot reads its content, and whether it applies edits while running (section <c>Content</c>).</summary>
/// <param name="Folder">The full path of the content folder.</param>
/// <param name="Watch">True when edits of <paramref name="Folder"/> are applied without a restart.</param>
public sealed record ContentSettings(string Folder, bool Watch)
{
    /// <summary>The settings' section.</summary>
    public const string Section = "Content";

    /// <summary>Reads the settings. <c>Content:Watch</c> defaults to on in the Development environment (which
    /// <c>dotnet run</c> uses) and off otherwise. The folder: <c>Content:Path</c> when set and not empty (relative to the
    /// app's folder); else, when watching in Development, the checkout's <c>dialogs/</c>, in <paramref name="workingDirectory"/>
    /// or the nearest folder above it (the files an author edits, not the copy the build put next to the binaries);
    /// else the <c>dialogs/</c> next to the binaries.</summary>
    public static ContentSettings From(IConfiguration configuration, IHostEnvironment environment, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var watch = configuration.GetValue<bool?>($"{Section}:Watch") ?? environment.IsDevelopment();
        var path = configuration[$"{Section}:Path"];
        var folder = !string.IsNullOrWhiteSpace(path) ? Path.GetFullPath(path, environment.ContentRootPath)
            : watch && environment.IsDevelopment() && CheckContentCommand.SourceFolder(workingDirectory) is { } checkout ? checkout
            : Path.Combine(environment.ContentRootPath, "dialogs");
        return new ContentSettings(folder, watch);
    }
}
