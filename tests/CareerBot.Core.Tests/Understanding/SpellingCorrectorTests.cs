using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>The words recognition reads once abbreviations, slang spellings and typos are rewritten, from the
/// vocabularies of the content: a typo of a known word of five letters or more becomes that word; frequent words and
/// words CareerBot knows are left alone.</summary>
public sealed class SpellingCorrectorTests
{
    private static readonly Lazy<SpellingCorrector> Corrector = new(() => new VocabularyIndex(TestContent.Catalog).Corrector);

    [Theory]
    // typos of known words
    [InlineData("sallary", "salary")]
    [InlineData("salery", "salary")]
    [InlineData("devloper", "developer")]
    [InlineData("developper", "developer")]
    [InlineData("bakend devlopper", "backend developer")]
    [InlineData("enginer", "engineer")]
    [InlineData("missons", "missions")]
    [InlineData("mision", "mission")]
    [InlineData("carreer", "career")]
    [InlineData("quel est le salair", "quel est le salaire")]
    [InlineData("devloppeur", "developpeur")]
    [InlineData("remuneraton", "remuneration")]
    [InlineData("compétance", "competence")]
    [InlineData("evoluton", "evolution")]
    // abbreviations and slang
    [InlineData("wat iz teh salry", "what is the salry")]
    [InlineData("experiance pls", "experiance please")]
    [InlineData("cb on gagne", "combien on gagne")]
    [InlineData("slt cb on gagne en dev back avc 4 ans d'xp stp", "salut combien on gagne en dev back avec 4 ans d experience s il te plait")]
    [InlineData("xp", "experience")]
    // figures glued to their unit
    [InlineData("2yrs", "2 years")]
    [InlineData("5ans", "5 ans")]
    [InlineData("55k", "55 k")]
    // known and frequent words are left alone
    [InlineData("salary", "salary")]
    [InlineData("still", "still")]
    [InlineData("skill", "skill")]
    [InlineData("the weather is nice", "the weather is nice")]
    [InlineData("développeur", "developpeur")]
    public void Rewrites_typos_and_abbreviations_into_known_words(string text, string words)
    {
        var corrected = Corrector.Value.Correct(TextNormalizer.Normalize(text));

        Assert.Equal(words, corrected.Tokens.Trim());
    }
}
