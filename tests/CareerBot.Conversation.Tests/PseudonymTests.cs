namespace CareerBot.Conversation.Tests;

/// <summary>What logs show instead of ids: the same id gives the same pseudonym in one process, different ids give
/// different ones, and the id itself never shows.</summary>
public sealed class PseudonymTests
{
    [Fact]
    public void An_id_always_gives_the_same_twelve_hex_digits()
    {
        var first = Pseudonym.Of("a:1SecretTeamsConversationOfAlice");

        Assert.Matches("^[0-9a-f]{12}$", first);
        Assert.Equal(first, Pseudonym.Of("a:1SecretTeamsConversationOfAlice"));
    }

    [Fact]
    public void Different_ids_give_different_pseudonyms_that_do_not_show_the_id()
    {
        var alice = Pseudonym.Of("conversation-alice");
        var bob = Pseudonym.Of("conversation-bob");

        Assert.NotEqual(alice, bob);
        Assert.DoesNotContain("alice", alice, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_id_is_none(string? id)
    {
        Assert.Equal("none", Pseudonym.Of(id));
    }
}
