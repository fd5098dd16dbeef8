namespace CareerBot.Conversation;

/// <summary>One message the bot sends back: Markdown text plus structured extras the channel renders its own way.</summary>
/// <param name="Markdown">The text, in Markdown (CommonMark subset: bold, italic, lists, links).</param>
/// <param name="SuggestedActions">Quick replies the user can tap; each sends its value back as text.</param>
/// <param name="Card">A card that shows the answer as a table, for channels that render cards.</param>
public sealed record Reply(string Markdown, IReadOnlyList<SuggestedAction> SuggestedActions, TableCard? Card = null)
{
    /// <summary>A reply with text only.</summary>
    public Reply(string markdown)
        : this(markdown, [])
    {
    }
}
