namespace CareerBot.Conversation;

/// <summary>Where the facts of a reply come from: the document its content was written from. Channels show it their own
/// way (Teams: a citation the reader can open; elsewhere: <paramref name="Line"/> after the text).</summary>
/// <param name="Title">The document's title, as plain text (at most 80 characters, Teams' limit).</param>
/// <param name="Abstract">What the document says, in a sentence of plain text (at most 160 characters, Teams' limit).</param>
/// <param name="Url">Where to read it; null when the content gives no address.</param>
/// <param name="Line">The source as a line of Markdown in the reply's language ("Source: …"), for channels that show no
/// citation of their own.</param>
public sealed record Citation(string Title, string Abstract, Uri? Url, string Line);
