using CareerBot.Core.Languages;

namespace CareerBot.Core.Tests.Understanding;

public sealed class LanguageDetectionTests
{
    public static TheoryData<string, string?, string?, string> Cases => new()
    {
        // the channel's locale wins when CareerBot speaks it
        { "what's the salary?", "fr-FR", null, "fr" },
        { "quel salaire ?", "en-US", null, "en" },
        { "hello", "fr", null, "fr" },
        { "bonjour", "fr-CA", null, "fr" },
        { "bonjour", "en-GB", null, "en" },
        // otherwise the text decides
        { "quel est le salaire ?", null, null, "fr" },
        { "combien gagne un développeur ?", "de-DE", null, "fr" },
        { "what is the salary?", "de-DE", "fr", "en" },
        { "j'ai 5 ans d'expérience", null, null, "fr" },
        { "I have 5 years of experience", null, null, "en" },
        { "salut", null, null, "fr" },
        { "merci", null, null, "fr" },
        { "hello", null, "fr", "en" },
        { "évolution", null, null, "fr" },
        { "thanks", null, null, "en" },
        // no signal: the fallback, else English
        { "6", null, "fr", "fr" },
        { "6", null, null, "en" },
        { "🙂", null, "fr", "fr" },
        { "", null, "fr", "fr" },
        { "", "", null, "en" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Chooses_the_language(string text, string? locale, string? fallback, string expected)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale, Language.FromTag(fallback));

        Assert.Equal(expected, utterance.Language.Code);
    }
}
