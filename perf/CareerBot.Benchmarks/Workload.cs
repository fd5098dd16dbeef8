namespace CareerBot.Benchmarks;

/// <summary>The mixed workload, <c>perf/questions.tsv</c>: lines <c>locale⇥expected substring⇥question</c>; lines
/// starting with <c>#</c> are comments.</summary>
internal static class Workload
{
    /// <summary>The questions, in the file's order.</summary>
    public static IReadOnlyList<Question> Questions { get; } = Load(Repository.Questions);

    private static IReadOnlyList<Question> Load(string path) =>
        [.. File.ReadLines(path).Where(line => line.Length > 0 && !line.StartsWith('#')).Select(Parse)];

    private static Question Parse(string line)
    {
        var fields = line.Split('\t');
        return fields.Length == 3
            ? new Question(fields[0], fields[1], fields[2])
            : throw new FormatException($"A workload line needs locale, expected substring and question, tab-separated: '{line}'.");
    }
}
