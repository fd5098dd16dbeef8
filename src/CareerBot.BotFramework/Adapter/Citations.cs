using System.Text.Json;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Adapter;

/// <summary>A reply's source, for its channel. Teams shows citations: a schema.org <c>Message</c> entity (the root of the
/// activity's schema.org graph: <c>@id</c> "" is the activity itself) whose <c>citation</c> claim is marked
/// <c>[1]</c> in the text. The entity carries no <c>additionalType</c>: the reply is not labelled AI-generated, since
/// it is not. Other channels get the source's line after the text.</summary>
public static class Citations
{
    /// <summary>The entity type of a schema.org Message.</summary>
    public const string MessageEntityType = "https://schema.org/Message";

    /// <summary>The in-text marker of the one claim: Teams shows the citation where the text carries it.</summary>
    public const string Marker = "[1]";

    private const int Position = 1;

    /// <summary>True when the channel shows citations from a Message entity (Teams).</summary>
    public static bool ShowsCitations(string? channelId) => channelId == "msteams";

    /// <summary>The Message entity citing <paramref name="source"/> at position 1.</summary>
    public static Entity MessageEntity(Citation source)
    {
        ArgumentNullException.ThrowIfNull(source);
        IReadOnlyList<Claim> claims =
        [
            new Claim
            {
                Position = Position,
                Appearance = new DigitalDocument { Name = source.Title, Abstract = source.Abstract, Url = source.Url?.AbsoluteUri },
            },
        ];
        return new Entity
        {
            Type = MessageEntityType,
            Properties = new()
            {
                ["@type"] = Text("Message"),
                ["@context"] = Text("https://schema.org"),
                ["@id"] = Text(string.Empty),
                ["citation"] = JsonSerializer.SerializeToElement(claims, BotJsonContext.Default.IReadOnlyListClaim),
            },
        };
    }

    /// <summary><paramref name="markdown"/> with the marker at the end of its first paragraph, which states the answer.</summary>
    public static string Mark(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var end = markdown.IndexOf("\n\n", StringComparison.Ordinal);
        var first = (end < 0 ? markdown : markdown[..end]).TrimEnd();
        var rest = end < 0 ? string.Empty : markdown[end..];
        return first.Length == 0 ? Marker + rest : first + " " + Marker + rest;
    }

    /// <summary><paramref name="markdown"/> followed by the source's line, as a paragraph of its own.</summary>
    public static string WithLine(string markdown, Citation source)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(source);
        return markdown.Length == 0 ? source.Line : markdown.TrimEnd() + "\n\n" + source.Line;
    }

    private static JsonElement Text(string value) => JsonSerializer.SerializeToElement(value, BotJsonContext.Default.String);
}
