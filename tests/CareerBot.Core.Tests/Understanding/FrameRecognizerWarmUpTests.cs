using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>What warming a recognizer up builds, and what it leaves for later: the number model of the language asked,
/// never the DateTime model, which written dates do without and relative dates get once it is built in the
/// background.</summary>
public sealed class FrameRecognizerWarmUpTests
{
    /// <summary>A recognizer on models of its own that no message has yet asked for a relative date.</summary>
    private static readonly Lazy<(FrameRecognizer Recognizer, RecognizerModels Models)> Cold = new(() =>
    {
        var models = NewModels();
        return (new FrameRecognizer(TestContent.Catalog, models, new FakeTimeProvider(TestContent.Today)), models);
    });

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void WarmUp_builds_the_number_model_of_the_language_only(string code)
    {
        var language = Language(code);
        var models = NewModels();
        var recognizer = new FrameRecognizer(TestContent.Catalog, models, new FakeTimeProvider(TestContent.Today));

        Assert.False(models.IsWarm(language));
        recognizer.WarmUp(language, full: false);

        Assert.True(models.IsWarm(language));
        Assert.False(models.IsWarm(TestContent.Catalog.Languages.Select(l => l.Language).First(l => !l.Equals(language))));
        Assert.False(models.HasDateTimeModel(language));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_warm_up_sample_is_a_salary_question_with_years_in_words(string code)
    {
        // The first number in words costs the number model a JIT compilation of its largest regexes; the warm-up
        // sample must hold one ("five and a half", "cinq … et demi") so that no user's first message pays for it.
        var language = Language(code);

        var frame = Recognizers.Shared.Recognize(TestContent.Catalog.For(language).Vocabulary.WarmUpSample, code);

        Assert.Equal(language, frame.Language);
        Assert.True(frame.Asks(Requests.Salary));
        Assert.Equal(Experience.Exactly(5.5m), frame.Experience);
    }

    [Theory]
    [InlineData("since March 2015", "en-US", 11.8)]
    [InlineData("started in December", "en-US", 0)]
    [InlineData("working since last year", "en-US", 1)]
    [InlineData("depuis 2017", "fr-FR", 9)]
    [InlineData("depuis l'année dernière", "fr-FR", 1)]
    public void Reads_written_start_dates_without_the_DateTime_model(string text, string locale, double years)
    {
        var (recognizer, models) = Cold.Value;

        var frame = recognizer.Recognize(text, locale);

        Assert.Equal(Experience.Exactly((decimal)years), frame.Experience);
        Assert.False(models.HasDateTimeModel(frame.Language), "the DateTime model was built for a written date");
    }

    [Theory]
    [InlineData("How do I start as a backend developer?", "en-US")]
    [InlineData("what's the starting salary?", "en-US")]
    [InlineData("salaire de départ", "fr-FR")]
    public void A_start_word_without_a_date_does_not_build_the_DateTime_model(string text, string locale)
    {
        var (recognizer, models) = Cold.Value;

        var frame = recognizer.Recognize(text, locale);

        Assert.Null(frame.Experience);
        Assert.False(models.HasDateTimeModel(frame.Language));
    }

    [Fact]
    public async Task A_relative_date_is_read_once_its_DateTime_model_is_built_in_the_background()
    {
        var models = NewModels();
        var recognizer = new FrameRecognizer(TestContent.Catalog, models, new FakeTimeProvider(TestContent.Today));
        var english = Language("en");
        recognizer.WarmUp(english, full: false);

        // Understood without it at first: the dialog asks for the years.
        Assert.Null(recognizer.Recognize("I've been working since yesterday", "en-US").Experience);
        for (var waited = 0; !models.HasDateTimeModel(english) && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(Experience.Exactly(0), recognizer.Recognize("I've been working since yesterday", "en-US").Experience);
        Assert.False(models.HasDateTimeModel(Language("fr")));
    }

    private static RecognizerModels NewModels() => new(TestContent.Catalog.Languages.Select(l => l.Language));

    private static Language Language(string code) => TestContent.Catalog.Find(code)!;
}
