namespace CareerBot.Core.Tests.Content;

/// <summary>Finds the repository root: the folder holding CareerBot.sln, above the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Dialogs => System.IO.Path.Combine(Path, "dialogs");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CareerBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CareerBot.sln above {AppContext.BaseDirectory}.");
    }
}
