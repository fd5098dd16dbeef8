using CareerBot.Core.Languages;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Understanding;

public sealed class ExperienceRecognitionTests
{
    [Theory]
    // digits and words
    [InlineData("7 years", "en-US", 7, null, false)]
    [InlineData("seven years", "en-US", 7, null, false)]
    [InlineData("twenty-two years", "en-US", 22, null, false)]
    [InlineData("3.5 years", "en-US", 3.5, null, false)]
    [InlineData("twelve and a half years", "en-US", 12.5, null, false)]
    [InlineData("5 and a half years", "en-US", 5.5, null, false)]
    [InlineData("a year and a half", "en-US", 1.5, null, false)]
    [InlineData("one year", "en-US", 1, null, false)]
    [InlineData("I have 9 years of experience", "en-US", 9, null, false)]
    [InlineData("what's the salary with 5 years?", "en-US", 5, null, false)]
    [InlineData("experience: 4", "en-US", 4, null, false)]
    // months and decades
    [InlineData("18 months", "en-US", 1.5, null, false)]
    [InlineData("30 months", "en-US", 2.5, null, false)]
    [InlineData("a decade", "en-US", 10, null, false)]
    [InlineData("two decades", "en-US", 20, null, false)]
    // open figures
    [InlineData("5+ yrs", "en-US", 5, null, true)]
    [InlineData("over 15 years", "en-US", 15, null, true)]
    [InlineData("at least 3 years", "en-US", 3, null, true)]
    [InlineData("more than 4 years", "en-US", 4, null, true)]
    [InlineData("10 years or more", "en-US", 10, null, true)]
    [InlineData("less than 2 years", "en-US", 0, 2.0, false)]
    // ranges
    [InlineData("between 3 and 4 years", "en-US", 3, 4.0, false)]
    [InlineData("3 to 4 years", "en-US", 3, 4.0, false)]
    [InlineData("3-4 years", "en-US", 3, 4.0, false)]
    [InlineData("from 2 to 5 years of experience", "en-US", 2, 5.0, false)]
    // start dates (today is 2026-11-23)
    [InlineData("since 2019", "en-US", 7, null, false)]
    [InlineData("I've been a developer since 2019", "en-US", 7, null, false)]
    [InlineData("started in 2020", "en-US", 6, null, false)]
    [InlineData("I began in March 2015", "en-US", 11.7, null, false)]
    [InlineData("I started in Sept 2018", "en-US", 8.2, null, false)]
    [InlineData("working since January", "en-US", 0.9, null, false)]
    [InlineData("depuis mars 2015", "en-US", 11.7, null, false)]
    [InlineData("I've been coding since 03/2015", "en-US", 11.7, null, false)]
    [InlineData("started in December", "en-US", 1.0, null, false)]
    [InlineData("I started in May", "en-US", 0.6, null, false)]
    [InlineData("since the beginning of 2019", "en-US", 7, null, false)]
    [InlineData("I started two years ago", "en-US", 2, null, false)]
    [InlineData("working since last year", "en-US", 1, null, false)]
    // ages are not experience
    [InlineData("I'm 41 and have 9 years of experience", "en-US", 9, null, false)]
    [InlineData("30 years old with 3 years experience", "en-US", 3, null, false)]
    [InlineData("I am 35 years old, 4 years in backend", "en-US", 4, null, false)]
    // no experience
    [InlineData("0", "en-US", 0, null, false)]
    [InlineData("zero", "en-US", 0, null, false)]
    [InlineData("no experience", "en-US", 0, null, false)]
    [InlineData("I just graduated", "en-US", 0, null, false)]
    [InlineData("junior with no experience", "en-US", 0, null, false)]
    // French
    [InlineData("cinq ans", "fr-FR", 5, null, false)]
    [InlineData("8 ans d'expérience", "fr-FR", 8, null, false)]
    [InlineData("8 ans d'experience", "fr-FR", 8, null, false)]
    [InlineData("trente-deux ans", "fr-FR", 32, null, false)]
    [InlineData("3,5 ans", "fr-FR", 3.5, null, false)]
    [InlineData("un an et demi", "fr-FR", 1.5, null, false)]
    [InlineData("deux ans et demi", "fr-FR", 2.5, null, false)]
    [InlineData("18 mois", "fr-FR", 1.5, null, false)]
    [InlineData("une décennie", "fr-FR", 10, null, false)]
    [InlineData("une decennie", "fr-FR", 10, null, false)]
    [InlineData("plus de 15 ans", "fr-FR", 15, null, true)]
    [InlineData("au moins 3 ans", "fr-FR", 3, null, true)]
    [InlineData("10 ans et plus", "fr-FR", 10, null, true)]
    [InlineData("moins de 2 ans", "fr-FR", 0, 2.0, false)]
    [InlineData("entre 3 et 4 ans", "fr-FR", 3, 4.0, false)]
    [InlineData("de 3 à 5 ans", "fr-FR", 3, 5.0, false)]
    [InlineData("depuis 2017", "fr-FR", 9, null, false)]
    [InlineData("je suis développeur depuis 2019", "fr-FR", 7, null, false)]
    [InlineData("j'ai commencé en mars 2015", "fr-FR", 11.7, null, false)]
    [InlineData("je travaille depuis janvier", "fr-FR", 0.9, null, false)]
    [InlineData("développeur depuis l'année dernière", "fr-FR", 1, null, false)]
    [InlineData("j'ai 41 ans et 9 ans d'expérience", "fr-FR", 9, null, false)]
    [InlineData("j'ai 5 ans d'expérience", "fr-FR", 5, null, false)]
    [InlineData("quel salaire avec 6 ans ?", "fr-FR", 6, null, false)]
    [InlineData("débutant", "fr-FR", 0, null, false)]
    [InlineData("pas d'expérience", "fr-FR", 0, null, false)]
    [InlineData("jeune diplômé", "fr-FR", 0, null, false)]
    // language detected from the text
    [InlineData("seven years", null, 7, null, false)]
    [InlineData("cinq ans d'expérience", null, 5, null, false)]
    public void Reads_years_of_experience(string text, string? locale, double years, double? upTo, bool orMore)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale);

        var expected = new Experience((decimal)years, upTo is null ? null : (decimal)upTo, orMore);
        Assert.Equal(expected, utterance.Experience);
        Assert.Null(utterance.BareNumber);
    }

    [Theory]
    [InlineData("since March 2015", "en-US")]
    [InlineData("depuis 2017", "fr-FR")]
    [InlineData("started in December", "en-US")]
    [InlineData("How do I start as a backend developer?", "en-US")]
    public void Reads_written_start_dates_without_building_the_DateTime_model(string text, string locale)
    {
        var models = new RecognizerModels();
        var recognizer = new UtteranceRecognizer(new FakeTimeProvider(Recognizers.Today), models);

        _ = recognizer.Recognize(text, locale);

        Assert.False(models.HasDateTimeModel(Language.FromTag(locale)!), "the DateTime model was built for a written date");
    }

    [Theory]
    [InlineData("I am 25", "en-US")]
    [InlineData("I'm 41", "en-US")]
    [InlineData("I'm 30 years old", "en-US")]
    [InlineData("j'ai 41 ans", "fr-FR")]
    [InlineData("2019", "en-US")]
    [InlineData("-3 years", "en-US")]
    [InlineData("-3", "en-US")]
    [InlineData("100 years", "en-US")]
    [InlineData("in 2019", "en-US")]
    [InlineData("75", "en-US")]
    [InlineData("45k", "en-US")]
    [InlineData("50 000 €", "fr-FR")]
    [InlineData("3 days", "en-US")]
    [InlineData("what does one do?", "en-US")]
    [InlineData("un développeur backend", "fr-FR")]
    public void Finds_no_experience_and_no_bare_number_in_ages_years_and_implausible_figures(string text, string locale)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale);

        Assert.Null(utterance.Experience);
        Assert.Null(utterance.BareNumber);
    }
}
