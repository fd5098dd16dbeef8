using System.Runtime.CompilerServices;

namespace CareerBot.Core.Content;

/// <summary>A message split once, when content loads, into its literal text and its <c>{placeholder}</c>s, so that
/// filling it in writes the result in one go, without a string per replaced placeholder. Values are inserted as they
/// are: a value is never searched for placeholders itself (a user who types "{role}" gets "{role}" back).</summary>
internal sealed class MessageTemplate
{
    private readonly string text;

    // Literal text and placeholders in order; a placeholder's name is what lies between its braces.
    private readonly (string Literal, string? Placeholder)[] parts;

    private MessageTemplate(string text, (string Literal, string? Placeholder)[] parts)
    {
        this.text = text;
        this.parts = parts;
    }

    /// <summary>Splits <paramref name="text"/>: a placeholder is <c>{</c>, ASCII letters, <c>}</c>; any other brace is
    /// text.</summary>
    public static MessageTemplate Parse(string text)
    {
        var parts = new List<(string, string?)>();
        var literalStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '{')
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }

            if (end == i + 1 || end == text.Length || text[end] != '}')
            {
                continue;
            }

            if (i > literalStart)
            {
                parts.Add((text[literalStart..i], null));
            }

            parts.Add((text[i..(end + 1)], text[(i + 1)..end]));
            literalStart = end + 1;
            i = end;
        }

        if (literalStart < text.Length)
        {
            parts.Add((text[literalStart..], null));
        }

        return new MessageTemplate(text, [.. parts]);
    }

    /// <summary>The text with each placeholder named in <paramref name="values"/> (or <paramref name="fallback"/>)
    /// replaced by its value; other placeholders stay as written.</summary>
    public string Fill(ReadOnlySpan<(string Name, string Value)> values, (string Name, string Value)? fallback = null)
    {
        if (parts.Length == 1 && parts[0].Placeholder is null)
        {
            return text;
        }

        var result = new DefaultInterpolatedStringHandler(text.Length, parts.Length);
        foreach (var (literal, placeholder) in parts)
        {
            result.AppendLiteral(placeholder is null ? literal : ValueOf(placeholder, values, fallback) ?? literal);
        }

        return result.ToStringAndClear();
    }

    private static string? ValueOf(string name, ReadOnlySpan<(string Name, string Value)> values, (string Name, string Value)? fallback)
    {
        foreach (var (key, value) in values)
        {
            if (key == name)
            {
                return value;
            }
        }

        return fallback is { } last && last.Name == name ? last.Value : null;
    }
}
