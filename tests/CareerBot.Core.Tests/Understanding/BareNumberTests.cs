namespace CareerBot.Core.Tests.Understanding;

public sealed class BareNumberTests
{
    [Theory]
    [InlineData("6", "en-US", 6, false)]
    [InlineData("6.5", "en-US", 6.5, false)]
    [InlineData("and with 12?", "en-US", 12, true)]
    [InlineData("what about 16?", "en-US", 16, true)]
    [InlineData("how about 3", "en-US", 3, true)]
    [InlineData("12 please", "en-US", 12, false)]
    [InlineData("ok and with 8?", "en-US", 8, true)]
    [InlineData("twelve", "en-US", 12, false)]
    [InlineData("et avec 12 ?", "fr-FR", 12, true)]
    [InlineData("et pour 4 ?", "fr-FR", 4, true)]
    [InlineData("douze", "fr-FR", 12, false)]
    [InlineData("7", "fr-FR", 7, false)]
    public void Reads_a_number_without_a_unit_as_a_bare_number(string text, string locale, double number, bool followUp)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale);

        Assert.Null(utterance.Experience);
        Assert.Equal((decimal)number, utterance.BareNumber);
        Assert.Equal(followUp, utterance.IsFollowUp);
    }

    [Theory]
    [InlineData("what about 16 years?", "en-US", 16)]
    [InlineData("and with 12 years?", "en-US", 12)]
    [InlineData("et avec 12 ans ?", "fr-FR", 12)]
    [InlineData("et pour 20 ans d'expérience ?", "fr-FR", 20)]
    public void Reads_a_follow_up_with_a_unit_as_experience(string text, string locale, double years)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal((decimal)years, utterance.Experience?.Years);
        Assert.Null(utterance.BareNumber);
        Assert.True(utterance.IsFollowUp);
    }

    [Theory]
    [InlineData("what is the salary?", "en-US")]
    [InlineData("I have 5 years", "en-US")]
    [InlineData("quel est le salaire ?", "fr-FR")]
    [InlineData("en quoi consiste le métier ?", "fr-FR")]
    public void Is_not_a_follow_up_without_an_opener(string text, string locale)
    {
        Assert.False(Recognizers.Shared.Recognize(text, locale).IsFollowUp);
    }
}
