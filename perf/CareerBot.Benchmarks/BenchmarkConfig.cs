using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;

namespace CareerBot.Benchmarks;

/// <summary>The settings every run shares; the command line adds the job, the filter and the rest.</summary>
internal static class BenchmarkConfig
{
    /// <summary>Wide enough to show each question whole ("fr: Quel est le salaire d'un développeur backend avec 5 ans
    /// d'expérience ?"): two questions share their first 45 characters.</summary>
    private const int ParameterColumnWidth = 80;

    public static IConfig Create() => DefaultConfig.Instance
        .WithArtifactsPath(Path.Combine(Repository.Root, "artifacts", "benchmarks"))
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(ParameterColumnWidth));
}
