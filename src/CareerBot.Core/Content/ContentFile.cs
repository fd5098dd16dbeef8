using Markdig;
using Markdig.Syntax;

namespace CareerBot.Core.Content;

/// <summary>One Markdown file under <c>dialogs/</c>: its normalised text, its syntax tree and where things are in it.</summary>
internal sealed class ContentFile
{
    private readonly int[] lineStarts;

    public ContentFile(string relativePath, string text)
    {
        RelativePath = relativePath;
        Text = text.ReplaceLineEndings("\n");
        Document = Markdown.Parse(Text, ContentMarkdown.Pipeline);
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n' && i + 1 < Text.Length)
            {
                starts.Add(i + 1);
            }
        }

        lineStarts = [.. starts];
    }

    /// <summary>The path relative to the dialogs directory, with '/' separators ("fr/messages.md").</summary>
    public string RelativePath { get; }

    /// <summary>The file's text with '\n' line endings.</summary>
    public string Text { get; }

    /// <summary>The parsed document.</summary>
    public MarkdownDocument Document { get; }

    /// <summary>The number of the file's last line (1-based).</summary>
    public int LastLine => lineStarts.Length;

    /// <summary>Reads <paramref name="path"/>, naming it <paramref name="relativePath"/> in errors.</summary>
    public static ContentFile Read(string path, string relativePath) => new(relativePath, File.ReadAllText(path));

    /// <summary>A 1-based line of this file.</summary>
    public ContentSource At(int line) => new(RelativePath, line);

    /// <summary>The line where <paramref name="block"/> starts.</summary>
    public ContentSource At(Block block) => At(block.Line + 1);

    /// <summary>The line holding the character at <paramref name="offset"/>.</summary>
    public ContentSource AtOffset(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return At(index >= 0 ? index + 1 : ~index);
    }

    /// <summary>The exact source of <paramref name="first"/> through <paramref name="last"/>, trimmed.</summary>
    public string Source(Block first, Block last) => Text[first.Span.Start..(last.Span.End + 1)].Trim();

    /// <summary>The text of an ATX heading line ("## welcome" gives "welcome").</summary>
    public string HeadingText(HeadingBlock heading)
    {
        var line = Text[heading.Span.Start..(heading.Span.End + 1)].Split('\n')[0].Trim();
        return line.TrimStart('#').TrimEnd('#').Trim();
    }
}
