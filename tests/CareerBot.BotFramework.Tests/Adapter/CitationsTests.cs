using CareerBot.BotFramework.Adapter;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Tests.Adapter;

public sealed class CitationsTests
{
    private static readonly Citation Source = new("Roles and missions", "What the job is.", null, "Source: *Roles and missions*");

    [Theory]
    [InlineData("Only a sentence.", "Only a sentence. [1]")]
    [InlineData("The answer.\n\nThe hint.", "The answer. [1]\n\nThe hint.")]
    [InlineData("The answer.  \n\n- one\n- two", "The answer. [1]\n\n- one\n- two")]
    [InlineData("- one\n- two", "- one\n- two [1]")]
    [InlineData("", "[1]")]
    public void The_marker_ends_the_first_paragraph(string markdown, string marked)
    {
        Assert.Equal(marked, Citations.Mark(markdown));
    }

    [Theory]
    [InlineData("The answer.", "The answer.\n\nSource: *Roles and missions*")]
    [InlineData("The answer.\n\n- one\n", "The answer.\n\n- one\n\nSource: *Roles and missions*")]
    [InlineData("", "Source: *Roles and missions*")]
    public void The_line_is_a_paragraph_after_the_text(string markdown, string withLine)
    {
        Assert.Equal(withLine, Citations.WithLine(markdown, Source));
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("webchat", false)]
    [InlineData("directline", false)]
    [InlineData("emulator", false)]
    [InlineData(null, false)]
    public void Only_Teams_shows_citations_of_its_own(string? channelId, bool shows)
    {
        Assert.Equal(shows, Citations.ShowsCitations(channelId));
    }
}
