using BenchmarkDotNet.Attributes;
using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;

namespace CareerBot.Benchmarks;

/// <summary>Understanding one message (<see cref="UtteranceRecognizer.Recognize"/>) for each question of the mixed
/// workload, with both languages' models built and warmed first, as the app does at start-up.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private UtteranceRecognizer recognizer = null!;

    /// <summary>The questions of <c>perf/questions.tsv</c>.</summary>
    public static IEnumerable<Question> Questions => Workload.Questions;

    /// <summary>The question recognized.</summary>
    [ParamsSource(nameof(Questions))]
    public Question Question { get; set; } = null!;

    /// <summary>Builds the recognizer and warms the models of every language.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        recognizer = new UtteranceRecognizer(FixedTimeProvider.Today, new RecognizerModels());
        foreach (var language in Language.All)
        {
            recognizer.WarmUp(language);
        }
    }

    /// <summary>Language, intent, experience, country, role, follow-up of the question.</summary>
    [Benchmark]
    public Utterance Recognize() => recognizer.Recognize(Question.Text, Question.Locale);
}
