using BenchmarkDotNet.Attributes;
using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;

namespace CareerBot.Benchmarks;

/// <summary>What each Microsoft.Recognizers.Text model costs alone, per language, on the workload's start-date question
/// (lowercased, as the recognizer passes it). The Number model reads every message; the DateTime model only those
/// that could hold a date.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class RecognizerModelBenchmarks
{
    private const string English = "i started working in 2019, how much should i earn?";
    private const string French = "je travaille depuis mars 2015, combien devrais-je gagner ?";

    private RecognizerModels models = null!;
    private string text = string.Empty;
    private DateTime today;

    /// <summary>Every language of the content.</summary>
    public static IEnumerable<Language> Languages => Content.Load().Languages.Select(l => l.Language);

    /// <summary>The language of the models and of the message.</summary>
    [ParamsSource(nameof(Languages))]
    public Language Language { get; set; } = null!;

    /// <summary>Builds and warms the language's models.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        models = new RecognizerModels([Language]);
        text = Language.Code == "fr" ? French : English;
        models.WarmUp(Language, text);
        today = FixedTimeProvider.Today.GetLocalNow().DateTime.Date;
    }

    /// <summary>The Number model: "2019", "2015"; returns how many numbers it found.</summary>
    [Benchmark]
    public int ParseNumbers() => models.ParseNumbers(Language, text).Count;

    /// <summary>The DateTime model: "in 2019", "depuis mars 2015"; returns how many dates it found.</summary>
    [Benchmark]
    public int ParseDateTime() => models.ParseDateTime(Language, text, today).Count;
}
