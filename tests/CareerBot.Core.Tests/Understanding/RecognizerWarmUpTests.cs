using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Understanding;

public sealed class RecognizerWarmUpTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void WarmUp_builds_the_number_model_of_the_language_only(string code)
    {
        var language = Language.FromTag(code)!;
        var models = new RecognizerModels();
        var recognizer = new UtteranceRecognizer(new FakeTimeProvider(Recognizers.Today), models);

        Assert.False(models.IsWarm(language));
        recognizer.WarmUp(language);

        Assert.True(models.IsWarm(language));
        Assert.False(models.IsWarm(Language.All.First(l => l != language)));
        Assert.False(models.HasDateTimeModel(language));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void The_warm_up_sample_takes_the_number_models_path_for_numbers_in_words(string code)
    {
        // The first number in words costs the number model a JIT compilation of its largest regexes; the warm-up
        // sample must hold one ("five and a half", "cinq … et demi") so that no user's first message pays for it.
        var language = Language.FromTag(code)!;
        var utterance = Recognizers.Shared.Recognize(UtteranceRecognizer.WarmUpSample(language), code);

        Assert.Equal(language, utterance.Language);
        Assert.Equal(Intent.Salary, utterance.Intent);
        Assert.Equal(Experience.Exactly(5.5m), utterance.Experience);
    }

    [Fact]
    public async Task A_relative_date_is_read_once_its_DateTime_model_is_built_in_the_background()
    {
        var models = new RecognizerModels();
        var recognizer = new UtteranceRecognizer(new FakeTimeProvider(Recognizers.Today), models);
        recognizer.WarmUp(Language.English);

        Assert.Null(recognizer.Recognize("I've been working since yesterday", "en-US").Experience);
        for (var waited = 0; !models.HasDateTimeModel(Language.English) && waited < 600; waited++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(Experience.Exactly(0), recognizer.Recognize("I've been working since yesterday", "en-US").Experience);
        Assert.False(models.HasDateTimeModel(Language.French));
    }

    [Fact]
    public void A_warm_recognizer_reads_start_dates_in_both_languages()
    {
        var models = new RecognizerModels();
        var recognizer = new UtteranceRecognizer(new FakeTimeProvider(Recognizers.Today), models);
        foreach (var language in Language.All)
        {
            recognizer.WarmUp(language);
        }

        Assert.Equal(Experience.Exactly(7), recognizer.Recognize("since 2019", "en-US").Experience);
        Assert.Equal(Experience.Exactly(9), recognizer.Recognize("depuis 2017", "fr-FR").Experience);
    }
}
