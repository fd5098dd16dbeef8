namespace CareerBot.Conversation.Tests;

/// <summary>Cards and rows with the same content are equal, so that a channel can render each distinct card once.</summary>
public sealed class TableCardTests
{
    [Fact]
    public void Cards_with_the_same_content_are_equal_and_hash_alike()
    {
        var first = Card(highlighted: true);
        var second = Card(highlighted: true);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void A_highlighted_row_makes_another_card()
    {
        Assert.NotEqual(Card(highlighted: true), Card(highlighted: false));
    }

    [Fact]
    public void Rows_compare_their_cells_in_order()
    {
        Assert.Equal(new TableRow(["0 to 2 years", "€35,000–€47,000"]), new TableRow(["0 to 2 years", "€35,000–€47,000"]));
        Assert.NotEqual(new TableRow(["0 to 2 years", "€35,000–€47,000"]), new TableRow(["€35,000–€47,000", "0 to 2 years"]));
    }

    private static TableCard Card(bool highlighted) => new(
        "Salaries",
        ["Experience", "Gross per year"],
        [new TableRow(["0 to 2 years", "€35,000–€47,000"], highlighted), new TableRow(["over 15 years", "€88,000–€105,000"])],
        "Gross salaries in France.",
        new CardForm("salary", "years", "Another number of years", "e.g. 12", "Show the salary"));
}
