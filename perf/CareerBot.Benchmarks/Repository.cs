namespace CareerBot.Benchmarks;

/// <summary>The repository's files the benchmarks read. BenchmarkDotNet runs each benchmark in a child process built
/// under bin/…, so they are found from the binaries: the repository is the folder above them holding CareerBot.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The content (<c>dialogs/</c>).</summary>
    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>The mixed workload (<c>perf/questions.tsv</c>).</summary>
    public static string Questions => Path.Combine(Root, "perf", "questions.tsv");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CareerBot.sln above {AppContext.BaseDirectory}.");
    }
}
