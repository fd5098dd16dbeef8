namespace CareerBot.Teams;

/// <summary>CareerBot's Teams icons: a briefcase with a rising arrow (a career, and a path up from it). They are image
/// files in <c>Teams/Icons/</c>, rendered from the SVG drawings beside them by <c>scripts/teams-icons.sh</c> and embedded
/// in the assembly: the colour icon is 192×192 on the accent colour, its symbol inside the centre area Teams keeps
/// clear; the outline icon is 32×32, white on a transparent background (Teams' rules for both). To rebrand, replace the
/// two PNG files (or the SVGs, then run the script).</summary>
public static class TeamsAppIcons
{
    /// <summary>The colour icon's size in pixels.</summary>
    public const int ColorSize = 192;

    /// <summary>The outline icon's size in pixels.</summary>
    public const int OutlineSize = 32;

    private const string ResourcePrefix = "CareerBot.Teams.Icons.";

    /// <summary>The 192×192 colour icon, PNG.</summary>
    public static byte[] Color() => Read(TeamsAppManifest.ColorIcon);

    /// <summary>The 32×32 outline icon, PNG.</summary>
    public static byte[] Outline() => Read(TeamsAppManifest.OutlineIcon);

    private static byte[] Read(string file)
    {
        using var stream = typeof(TeamsAppIcons).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The Teams icon {file} is not embedded in CareerBot (see CareerBot.csproj).");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
