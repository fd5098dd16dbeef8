using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;

namespace CareerBot.Teams;

/// <summary><c>CareerBot teams-package [--app-id GUID] [--version X.Y.Z] [--output FILE]</c>: writes the Teams app
/// package from the content (<c>dialogs/</c>) and the settings (<c>appsettings.json</c>: <c>MicrosoftAppId</c>, section
/// <c>TeamsApp</c>; environment variables override them, the options override both). Runs instead of the web host.</summary>
public static class TeamsPackageCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "teams-package";

    /// <summary>Where the package goes when <c>--output</c> is not given, relative to the working directory: under
    /// <c>artifacts/</c>, which git ignores (from the repository's root, <c>dotnet run --project src/CareerBot -- teams-package</c>
    /// writes it there).</summary>
    public const string DefaultOutput = "artifacts/teams/careerbot-teams.zip";

    private const string Usage = "usage: CareerBot teams-package [--app-id <MicrosoftAppId>] [--version <x.y.z>] [--output <file.zip>]\n"
        + "  --app-id   the bot's Microsoft App ID (a GUID); needed unless MicrosoftAppId is set in appsettings.json\n"
        + "  --version  the app's version, x.y.z (else TeamsApp:Version)\n"
        + "  --output   where to write the package (else " + DefaultOutput + ", below the working directory)";

    /// <summary>Runs the command with the arguments after its name; returns the process exit code (0 written, 1 bad
    /// content or settings, 2 bad usage). Reports on <paramref name="output"/> and problems on <paramref name="error"/>;
    /// a relative <c>--output</c> is taken from <paramref name="workingDirectory"/> (the process's, by default).</summary>
    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, string contentRoot, TextWriter output, TextWriter error, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] is not ("--app-id" or "--version" or "--output") || i + 1 >= args.Count || !options.TryAdd(args[i], args[i + 1]))
            {
                error.WriteLine(args[i] is "--help" or "-h" ? Usage : $"teams-package: unexpected '{args[i]}'.\n{Usage}");
                return args[i] is "--help" or "-h" ? 0 : 2;
            }
        }

        var section = configuration.GetSection("TeamsApp");
        var settings = new TeamsAppSettings(
            options.GetValueOrDefault("--app-id") ?? configuration["MicrosoftAppId"] ?? string.Empty,
            options.GetValueOrDefault("--version") ?? section["Version"] ?? "1.0.0",
            section["DeveloperName"] ?? string.Empty,
            section["WebsiteUrl"] ?? string.Empty,
            section["PrivacyUrl"] ?? string.Empty,
            section["TermsOfUseUrl"] ?? string.Empty,
            section["AccentColor"] ?? string.Empty);
        var problems = TeamsAppManifest.Problems(settings);
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine("teams-package: " + problem);
            }

            return 1;
        }

        ContentCatalog content;
        try
        {
            content = ContentLoader.Load(Path.Combine(contentRoot, configuration["Content:Path"] ?? "dialogs"), [.. MessageKeys.All, .. TeamsAppKeys.All], LimitIds.All);
        }
        catch (ContentException exception)
        {
            error.WriteLine("teams-package: the content is invalid. " + exception.Message);
            return 1;
        }

        var path = Path.GetFullPath(options.GetValueOrDefault("--output") ?? DefaultOutput, workingDirectory ?? Environment.CurrentDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var file = File.Create(path))
        {
            TeamsPackage.Write(file, content, settings);
        }

        output.WriteLine($"Wrote the Teams app package {path} (manifest {TeamsAppManifest.ManifestVersion}, app and bot id {settings.AppId}, version {settings.Version}).");
        output.WriteLine("Side-load it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app.");
        return 0;
    }

    /// <summary>Runs the command when <paramref name="args"/> name it, with the settings next to the binaries; null
    /// when they name no command (the web host should start).</summary>
    public static int? RunIfAsked(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [Name, .. var rest])
        {
            return null;
        }

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Run(rest, configuration, AppContext.BaseDirectory, Console.Out, Console.Error);
    }
}
