namespace CareerBot.Core.Tests.Understanding;

/// <summary>The language to answer in (<see cref="CareerBot.Core.Understanding.Frame.Language"/>): the text wins over the
/// channel's locale when it is clearly in the other language; the locale decides for ambiguous text ("ok", "7"); with
/// neither, the conversation's language so far, else English.</summary>
public sealed class FrameLanguageTests
{
    [Theory]
    // the text is clearly in the other language: the text wins
    [InlineData("Quel est le salaire ?", "en-US", null, "fr")]
    [InlineData("Quel est le salaire d'un développeur backend avec 8 ans d'expérience ?", "en-US", null, "fr")]
    [InlineData("combien gagne un développeur ?", "en-US", null, "fr")]
    [InlineData("quelles sont les missions ?", "en-US", null, "fr")]
    [InlineData("salut, je voudrais connaître le salaire", "en-US", null, "fr")]
    [InlineData("Je sors de mon master", "en-US", null, "fr")]
    [InlineData("je suis junior", "en-US", null, "fr")]
    [InlineData("et avec 12 ?", "en-US", null, "fr")]
    [InlineData("salaire", "en-US", null, "fr")]
    [InlineData("bonjour", "en-US", null, "fr")]
    [InlineData("bonjour", "en-GB", null, "fr")]
    [InlineData("merci", "en-US", null, "fr")]
    [InlineData("qualités", "en", null, "fr")]
    [InlineData("What is the salary of a backend developer?", "fr-FR", null, "en")]
    [InlineData("what's the salary?", "fr-FR", null, "en")]
    [InlineData("I have 5 years of experience", "fr-FR", null, "en")]
    [InlineData("how much does a backend developer earn with 5 years?", "fr-FR", null, "en")]
    [InlineData("I'm a junior", "fr-FR", null, "en")]
    [InlineData("thanks", "fr-FR", null, "en")]
    // mostly English with a French word or two: English
    [InlineData("What's the salaire with 7 ans d'expérience?", "en-US", null, "en")]
    // ambiguous text: the locale decides
    [InlineData("ok", "en-US", null, "en")]
    [InlineData("ok", "fr-FR", null, "fr")]
    [InlineData("7", "en-US", null, "en")]
    [InlineData("7", "fr-FR", null, "fr")]
    [InlineData("missions", "en-US", null, "en")]
    [InlineData("missions", "fr-FR", null, "fr")]
    [InlineData("hello", "fr-FR", null, "fr")]
    [InlineData("hello", "fr", null, "fr")]
    [InlineData("bonjour", "fr-CA", null, "fr")]
    [InlineData("6", "fr-FR", "en", "fr")]
    // a locale CareerBot does not speak: the text decides
    [InlineData("combien gagne un développeur ?", "de-DE", null, "fr")]
    [InlineData("what is the salary?", "de-DE", "fr", "en")]
    [InlineData("Wie viel verdient ein Entwickler?", "de-DE", null, "en")]
    // no locale: the text decides
    [InlineData("quel est le salaire ?", null, null, "fr")]
    [InlineData("combien gagne un développeur ?", null, null, "fr")]
    [InlineData("j'ai 5 ans d'expérience", null, null, "fr")]
    [InlineData("developpeur backend salaire", null, null, "fr")]
    [InlineData("salut", null, null, "fr")]
    [InlineData("merci", null, null, "fr")]
    [InlineData("évolution", null, null, "fr")]
    [InlineData("What is the salary?", null, null, "en")]
    [InlineData("I have 5 years of experience", null, null, "en")]
    [InlineData("thanks", null, null, "en")]
    // no locale and no signal: the conversation's language so far, else English
    [InlineData("6", null, "fr", "fr")]
    [InlineData("6", null, null, "en")]
    [InlineData("ok", null, null, "en")]
    [InlineData("hello", null, "fr", "fr")]
    [InlineData("missions", null, "fr", "fr")]
    [InlineData("🙂", null, "fr", "fr")]
    [InlineData("🙂", null, null, "en")]
    [InlineData("", null, "fr", "fr")]
    [InlineData("", "", null, "en")]
    public void Chooses_the_language_to_answer_in(string text, string? locale, string? remembered, string expected)
    {
        var frame = Recognizers.Shared.Recognize(text, locale, TestContent.Catalog.Find(remembered));

        Assert.Equal(expected, frame.Language.Code);
    }
}
