namespace CareerBot.Benchmarks;

/// <summary>A question of the mixed workload: the locale it is sent with, a substring the right answer holds, its text.</summary>
public sealed record Question(string Locale, string Expected, string Text)
{
    /// <summary>How BenchmarkDotNet shows the parameter: "en: What is the salary of a backend developer…".</summary>
    public override string ToString() => $"{Locale.Split('-')[0]}: {Text}";
}
