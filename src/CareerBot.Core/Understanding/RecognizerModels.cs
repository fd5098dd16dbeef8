using System.Collections.Concurrent;
using System.Collections.Frozen;
using CareerBot.Core.Languages;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;

namespace CareerBot.Core.Understanding;

/// <summary>The Microsoft.Recognizers.Text models, each built once per culture and then shared by every request: the
/// number models at start-up (<see cref="StartBuildingNumberModels"/>, <see cref="WarmUp"/>), so that no user pays for
/// a build; the DateTime models only once a message needs one (<see cref="TryParseDateTime"/>).</summary>
/// <remarks>Parses are thread-safe once a model is built (checked with 8 threads × 20,000 parses). On a loaded machine
/// the English DateTime model was seen, now and then, to drop the month of "March 2015" or to find no date at all in
/// "depuis mars 2015" (cause not found inside Recognizers.Text 1.8.13); <see cref="ExperienceExtractor"/> reads written
/// dates itself and asks this model only for relative ones.</remarks>
public sealed class RecognizerModels
{
    private readonly FrozenDictionary<string, Lazy<IModel>> numberModels;
    private readonly FrozenDictionary<string, Lazy<DateTimeModel>> dateTimeModels;
    private readonly ConcurrentDictionary<string, bool> dateTimeBuilds = new(StringComparer.Ordinal);

    /// <summary>Prepares (but does not build) the models of <paramref name="languages"/>.</summary>
    public RecognizerModels(IEnumerable<Language> languages)
    {
        var all = languages.ToList();
        numberModels = all.ToFrozenDictionary(
            l => l.Code,
            l => new Lazy<IModel>(() => new NumberRecognizer(l.RecognizerCulture).GetNumberModel()));
        dateTimeModels = all.ToFrozenDictionary(
            l => l.Code,
            l => new Lazy<DateTimeModel>(() =>
                (DateTimeModel)new DateTimeRecognizer(l.RecognizerCulture).GetDateTimeModel()));
    }

    /// <summary>Starts building the number model of every language, one after the other (English first) on a
    /// background thread, and returns at once: every message needs its language's, and each takes a few hundred
    /// milliseconds (more while the process is starting), so a host calls this first thing, to have them ready by the
    /// time it listens. One thread, not one per language: on two cores, beside the host's own start-up, building
    /// both at once would delay the first. Each model, once built, parses a sample with numbers in words: the model
    /// compiles its regexes for them (<c>RegexOptions.Compiled</c>) on first use, which the JIT takes 0.1–0.2 s over in
    /// English (over a second in French), better spent here, while the host is still starting, than on the first
    /// message.</summary>
    /// <param name="samples">Each language, first the default, with a typical question holding a number in words (from
    /// its vocabulary's front matter).</param>
    /// <returns>This instance.</returns>
    public RecognizerModels StartBuildingNumberModels(IEnumerable<(Language Language, string Sample)> samples)
    {
        var languages = samples.ToList();
        new Thread(() => languages.ForEach(l => _ = ParseNumbers(l.Language, l.Sample.ToLowerInvariant())))
        {
            IsBackground = true,
            Name = "CareerBot number models",
        }.Start();
        return this;
    }

    /// <summary>Finds numbers ("seven" → 7, "douze" → 12) in <paramref name="text"/>; about 5 µs.</summary>
    public IReadOnlyList<ModelResult> ParseNumbers(Language language, string text)
    {
        ArgumentNullException.ThrowIfNull(language);
        var model = numberModels[language.Code].Value;
        return model.Parse(text);
    }

    /// <summary>Finds dates and durations ("since March 2015") in <paramref name="text"/>, relative to
    /// <paramref name="reference"/>; about 1 ms.</summary>
    public IReadOnlyList<ModelResult> ParseDateTime(Language language, string text, System.DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(language);
        var model = dateTimeModels[language.Code].Value;
        return model.Parse(text, reference);
    }

    /// <summary>Finds dates in <paramref name="text"/> like <see cref="ParseDateTime"/> when the DateTime model of
    /// <paramref name="language"/> is built; otherwise returns null at once and has the model built in the background,
    /// for the next message that needs it. The model is for rare relative dates ("since yesterday"), which regexes do
    /// not read; built, it takes about 50 MB and a second or more to build, so no message waits for it, and a process
    /// whose users never write such dates does without it.</summary>
    public IReadOnlyList<ModelResult>? TryParseDateTime(Language language, string text, System.DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(language);
        var model = dateTimeModels[language.Code];
        if (model.IsValueCreated)
        {
            return ParseDateTime(language, text, reference);
        }

        // Once per language, on a thread of its own: the build blocks for seconds, which no pool thread should.
        if (dateTimeBuilds.TryAdd(language.Code, true))
        {
            new Thread(() => _ = model.Value) { IsBackground = true, Name = $"CareerBot {language.Code} DateTime model" }.Start();
        }

        return null;
    }

    /// <summary>Whether the number model of <paramref name="language"/>, which every message needs, is built.</summary>
    public bool IsWarm(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return numberModels[language.Code].IsValueCreated;
    }

    /// <summary>Whether the DateTime model of <paramref name="language"/> is built.</summary>
    public bool HasDateTimeModel(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return dateTimeModels[language.Code].IsValueCreated;
    }

    /// <summary>Builds both models of <paramref name="language"/> and parses a sample with each, so that what comes
    /// next (a benchmark) pays neither for the build nor for compiling the models' regexes. The host builds only the
    /// number models ahead (<see cref="StartBuildingNumberModels"/>, <see cref="FrameRecognizer.WarmUp"/>).</summary>
    public void WarmUp(Language language, string sample)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(sample);
        _ = ParseNumbers(language, sample.ToLowerInvariant());
        _ = ParseDateTime(language, sample.ToLowerInvariant(), new System.DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
    }
}
