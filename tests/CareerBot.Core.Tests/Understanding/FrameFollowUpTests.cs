using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>What a message says when it answers or follows the conversation: a number with no unit
/// (<see cref="Frame.BareNumber"/>, years only as an answer or a follow-up), a reference back
/// (<see cref="Frame.FollowUp"/>: "and with 12?", "what about in Paris?") and "I don't know"
/// (<see cref="Frame.Unsure"/>).</summary>
public sealed class FrameFollowUpTests
{
    [Theory]
    [InlineData("6", "en-US", 6, false)]
    [InlineData("6.5", "en-US", 6.5, false)]
    [InlineData("12 please", "en-US", 12, false)]
    [InlineData("twelve", "en-US", 12, false)]
    [InlineData("75", "en-US", 75, false)]
    [InlineData("and with 12?", "en-US", 12, true)]
    [InlineData("what about 16?", "en-US", 16, true)]
    [InlineData("how about 3", "en-US", 3, true)]
    [InlineData("ok and with 8?", "en-US", 8, true)]
    [InlineData("and what about 20?", "en-US", 20, true)]
    [InlineData("with 3?", "en-US", 3, true)]
    [InlineData("7", "fr-FR", 7, false)]
    [InlineData("douze", "fr-FR", 12, false)]
    [InlineData("et avec 12 ?", "fr-FR", 12, true)]
    [InlineData("et pour 4 ?", "fr-FR", 4, true)]
    [InlineData("avec 5 ?", "fr-FR", 5, true)]
    public void Reads_a_number_without_a_unit_as_a_bare_number(string text, string? locale, double number, bool followUp)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal((decimal)number, frame.BareNumber);
        Assert.Null(frame.Experience);
        Assert.Equal(followUp, frame.FollowUp);
    }

    [Theory]
    [InlineData("what about 16 years?", "en-US", 16)]
    [InlineData("and with 12 years?", "en-US", 12)]
    [InlineData("same with 20 years", "en-US", 20)]
    [InlineData("and 15 years?", "en-US", 15)]
    [InlineData("for 10 years?", "en-US", 10)]
    [InlineData("what if I had 8 years", "en-US", 8)]
    [InlineData("et avec 12 ans ?", "fr-FR", 12)]
    [InlineData("et pour 20 ans d'expérience ?", "fr-FR", 20)]
    [InlineData("ok et avec 3 ans", "fr-FR", 3)]
    [InlineData("et avec 8 ans d'xp ?", "fr-FR", 8)]
    [InlineData("et si j'avais 10 ans ?", "fr-FR", 10)]
    public void Reads_a_follow_up_with_a_unit_as_years(string text, string? locale, int years)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.True(frame.FollowUp);
        Assert.Equal(Experience.Exactly(years), frame.Experience);
        Assert.Null(frame.BareNumber);
    }

    [Theory]
    [InlineData("and net?", "en-US")]
    [InlineData("what about per month?", "en-US")]
    [InlineData("and for a junior?", "en-US")]
    [InlineData("hmm, and in Lyon?", "en-US")]
    [InlineData("what about in Paris?", "en-US")]
    [InlineData("and in the US?", "en-US")]
    [InlineData("thanks, and the career paths?", "en-US")]
    [InlineData("and gross?", "en-US")]
    [InlineData("and for seniors?", "en-US")]
    [InlineData("and per hour?", "en-US")]
    [InlineData("et en net ?", "fr-FR")]
    [InlineData("et par mois ?", "fr-FR")]
    [InlineData("et au Canada ?", "fr-FR")]
    [InlineData("merci, et les missions ?", "fr-FR")]
    [InlineData("et après ?", "fr-FR")]
    [InlineData("et pour un senior ?", "fr-FR")]
    [InlineData("et en brut ?", "fr-FR")]
    [InlineData("et par heure ?", "fr-FR")]
    public void Reads_a_reference_back_to_the_conversation(string text, string? locale)
    {
        Assert.True(Recognizers.Shared.Recognize(text, locale).FollowUp);
    }

    [Theory]
    [InlineData("what is the salary?", "en-US")]
    [InlineData("I have 5 years", "en-US")]
    [InlineData("salary in Lyon", "en-US")]
    [InlineData("quel est le salaire ?", "fr-FR")]
    [InlineData("en quoi consiste le métier ?", "fr-FR")]
    [InlineData("salaire à Lyon", "fr-FR")]
    public void A_question_of_its_own_is_no_follow_up(string text, string? locale)
    {
        Assert.False(Recognizers.Shared.Recognize(text, locale).FollowUp);
    }

    [Theory]
    [InlineData("not sure", "en-US", true)]
    [InlineData("I don't know", "en-US", true)]
    [InlineData("no idea", "en-US", true)]
    [InlineData("idk", "en-US", true)]
    [InlineData("dunno tbh", "en-US", true)]
    [InlineData("it depends", "en-US", true)]
    [InlineData("I have 5 years", "en-US", false)]
    [InlineData("je ne sais pas", "fr-FR", true)]
    [InlineData("je sais pas", "fr-FR", true)]
    [InlineData("aucune idée", "fr-FR", true)]
    [InlineData("jsp", "fr-FR", true)]
    [InlineData("pas sûr", "fr-FR", true)]
    [InlineData("pas sur", "fr-FR", true)]
    [InlineData("j'ai 5 ans", "fr-FR", false)]
    public void Reads_that_the_user_does_not_know(string text, string? locale, bool unsure)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal(unsure, frame.Unsure);
        if (unsure)
        {
            Assert.Null(frame.Experience);
            Assert.Null(frame.BareNumber);
        }
    }
}
