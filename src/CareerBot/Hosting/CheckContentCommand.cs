namespace CareerBot.Hosting;

/// <summary><c>CareerBot check-content [folder]</c>: checks a content folder as start-up does and prints every problem
/// as <c>file:line: problem</c> (exit code 1), or a summary of what it holds (exit code 0). With no folder, the
/// <c>dialogs/</c> of the working directory or the nearest one above it (an author's checkout), else the content next
/// to the binaries. Runs instead of the web host.</summary>
public static class CheckContentCommand
{
    /// <summary>The command's name, the first argument.</summary>
    public const string Name = "check-content";

    private const string Usage = "usage: CareerBot check-content [folder]   (default: the checkout's dialogs/, else the content next to the binaries)";

    /// <summary>Runs the command with the arguments after its name; returns the exit code (0 valid, 1 problems, 2 bad
    /// usage or no such folder).</summary>
    public static int Run(IReadOnlyList<string> args, string defaultFolder, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is ["--help" or "-h"])
        {
            output.WriteLine(Usage);
            return 0;
        }

        if (args.Count > 1 || (args.Count == 1 && args[0].StartsWith('-')))
        {
            error.WriteLine($"check-content: unexpected '{args[^1]}'.\n{Usage}");
            return 2;
        }

        var folder = args.Count == 1 ? args[0] : defaultFolder;
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"check-content: there is no folder '{folder}'.\n{Usage}");
            return 2;
        }

        var check = CareerBotContent.Check(folder);
        var shown = args.Count == 1 ? folder.TrimEnd('/', '\\') : Path.GetRelativePath(Directory.GetCurrentDirectory(), folder);
        if (check.Catalog is { } catalog)
        {
            var languages = string.Join(", ", catalog.Languages.Select(l => l.Language.Code));
            var roles = string.Join(", ", catalog.Languages[0].Roles.Select(r => r.Id));
            output.WriteLine($"{shown}: no problem ({catalog.Languages.Count} languages: {languages}; roles: {roles}).");
            return 0;
        }

        foreach (var problem in check.Problems)
        {
            output.WriteLine($"{Path.Combine(shown, problem.Location.File)}:{problem.Location.Line}: {problem.Detail}");
        }

        output.WriteLine(check.Problems.Count == 1 ? $"{shown}: 1 problem." : $"{shown}: {check.Problems.Count} problems.");
        return 1;
    }

    /// <summary>Runs the command when <paramref name="args"/> name it; null when they do not (the web host should start).</summary>
    public static int? RunIfAsked(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [Name, .. var rest])
        {
            return null;
        }

        return Run(rest, SourceFolder(Directory.GetCurrentDirectory()) ?? Path.Combine(AppContext.BaseDirectory, "dialogs"), Console.Out, Console.Error);
    }

    /// <summary>The <c>dialogs/</c> an author edits: in <paramref name="start"/> or the nearest folder above it (
    /// <c>dotnet run --project src/CareerBot</c> runs in the project's folder); null when there is none.</summary>
    public static string? SourceFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var dialogs = Path.Combine(folder.FullName, "dialogs");
            if (File.Exists(Path.Combine(dialogs, "en", "messages.md")))
            {
                return dialogs;
            }
        }

        return null;
    }
}
