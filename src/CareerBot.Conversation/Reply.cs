namespace CareerBot.Conversation;

/// <summary>One message the bot sends back: Markdown text plus structured extras the channel renders its own way.</summary>
/// <param name="Markdown">The text, in Markdown (CommonMark subset: bold, italic, lists, links).</param>
/// <param name="SuggestedActions">Quick replies the user can tap; each sends its value back as text.</param>
/// <param name="Card">A card that shows the answer as a table, for channels that render cards.</param>
/// <param name="Source">Where the facts the reply states come from; null when it states none (a welcome, a question
/// back, what the content does not cover).</param>
public sealed record Reply(string Markdown, IReadOnlyList<SuggestedAction> SuggestedActions, TableCard? Card = null, Citation? Source = null)
{
    /// <summary>A reply with text only.</summary>
    public Reply(string markdown)
        : this(markdown, [])
    {
    }
}
