using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Understanding;

public sealed class RecognizerWarmUpTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void WarmUp_builds_the_models_of_the_language(string code)
    {
        var language = Language.FromTag(code)!;
        var models = new RecognizerModels();
        var recognizer = new UtteranceRecognizer(new FakeTimeProvider(Recognizers.Today), models);

        Assert.False(models.IsWarm(language));
        recognizer.WarmUp(language);

        Assert.True(models.IsWarm(language));
        Assert.False(models.IsWarm(Language.All.First(l => l != language)));
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
