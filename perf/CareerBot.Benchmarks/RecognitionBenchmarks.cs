using BenchmarkDotNet.Attributes;
using CareerBot.Core.Understanding;

namespace CareerBot.Benchmarks;

/// <summary>Understanding one message (<see cref="FrameRecognizer.Recognize"/>) for each question of the mixed
/// workload, with both languages' models built and warmed first, as the app does at start-up.</summary>
/// <remarks>Not sealed: BenchmarkDotNet derives its runner from the benchmark class.</remarks>
[MemoryDiagnoser]
public class RecognitionBenchmarks
{
    private FrameRecognizer recognizer = null!;

    /// <summary>The questions of <c>perf/questions.tsv</c>.</summary>
    public static IEnumerable<Question> Questions => Workload.Questions;

    /// <summary>The question recognized.</summary>
    [ParamsSource(nameof(Questions))]
    public Question Question { get; set; } = null!;

    /// <summary>Builds the recognizer and warms the models of every language.</summary>
    [GlobalSetup]
    public void SetUp()
    {
        recognizer = Content.WarmRecognizer(Content.Load());
    }

    /// <summary>The question's frame: language, requests, figures, years, subject, place, topics.</summary>
    [Benchmark]
    public Frame Recognize() => recognizer.Recognize(Question.Text, Question.Locale);
}
