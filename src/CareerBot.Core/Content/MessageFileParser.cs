using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace CareerBot.Core.Content;

/// <summary>Reads a <c>messages.md</c>: an optional <c># Title</c>, then <c>## key</c> headings, each followed by its Markdown text.</summary>
internal static partial class MessageFileParser
{
    /// <summary>The texts by key, each the exact Markdown between its heading and the next one, trimmed.</summary>
    public static IReadOnlyDictionary<string, string> Parse(ContentFile file, IReadOnlyCollection<MessageKey> requiredMessages)
    {
        var declared = requiredMessages.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var headings = file.Document.OfType<HeadingBlock>().ToList();
        var firstKey = headings.FirstOrDefault(h => h.Level != 1 || h != headings[0]);
        CheckNothingBeforeFirstKey(file, headings, firstKey);

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (i == 0 && heading.Level == 1)
            {
                continue;
            }

            var line = heading.Line + 1;
            var key = file.HeadingText(heading);
            if (heading.Level != 2)
            {
                throw new ContentException(file.At(line), $"'{key}' is not a message key: keys are level-2 headings ('## {key}'); a '# Title' is allowed only on the first line.");
            }

            if (!KeyPattern().IsMatch(key))
            {
                throw new ContentException(file.At(line), $"'{key}' is not a valid message key: use lower-case letters, digits, '.' and '-' only.");
            }

            if (keyLines.TryGetValue(key, out var firstLine))
            {
                throw new ContentException(file.At(line), $"the message '{key}' is defined twice (first at line {firstLine}).");
            }

            var start = heading.Span.End + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : file.Text.Length;
            var raw = file.Text[start..end];
            var text = raw.Trim();
            if (text.Length == 0)
            {
                throw new ContentException(file.At(line), $"the message '{key}' has no text.");
            }

            if (declared.TryGetValue(key, out var messageKey))
            {
                CheckPlaceholders(file, messageKey, raw, start);
                CheckShape(file, messageKey, text, line);
            }

            keyLines.Add(key, line);
            texts.Add(key, text);
        }

        var missing = requiredMessages.Where(required => !texts.ContainsKey(required.Name)).Select(required => required.Name).ToList();
        if (missing.Count == 1)
        {
            throw new ContentException(file.At(file.LastLine), $"the message '{missing[0]}' is missing: add a '## {missing[0]}' heading followed by its text.");
        }

        if (missing.Count > 1)
        {
            throw new ContentException(file.At(file.LastLine), $"{missing.Count} messages are missing: {string.Join(", ", missing.Select(name => $"'{name}'"))}; add a '## key' heading followed by its text for each.");
        }

        return texts;
    }

    private static void CheckNothingBeforeFirstKey(ContentFile file, List<HeadingBlock> headings, HeadingBlock? firstKey)
    {
        var title = headings.Count > 0 && headings[0].Level == 1 ? headings[0] : null;
        foreach (var block in file.Document)
        {
            if (block == firstKey)
            {
                return;
            }

            if (block != title)
            {
                throw new ContentException(file.At(block), "text before the first '## key' heading belongs to no message: move it under a key or remove it.");
            }
        }
    }

    private static void CheckPlaceholders(ContentFile file, MessageKey key, string raw, int offset)
    {
        foreach (Match match in PlaceholderPattern().Matches(raw))
        {
            var name = match.Groups[1].Value;
            if (!key.Placeholders.Contains(name, StringComparer.Ordinal))
            {
                var allowed = key.Placeholders.Length == 0
                    ? "it takes no placeholders"
                    : "it may use " + string.Join(", ", key.Placeholders.Select(p => "{" + p + "}"));
                throw new ContentException(file.AtOffset(offset + match.Index), $"the message '{key.Name}' uses the unknown placeholder {{{name}}}: {allowed}.");
            }
        }
    }

    private static void CheckShape(ContentFile file, MessageKey key, string text, int line)
    {
        if (key.MaxLength is { } max && text.Length > max)
        {
            throw new ContentException(file.At(line), $"the message '{key.Name}' is {text.Length} characters long; it may have at most {max}.");
        }

        if (key.PlainText && PlainTextProblem(text) is { } problem)
        {
            throw new ContentException(file.At(line), $"the message '{key.Name}' is shown as plain text, not Markdown: {problem}.");
        }
    }

    private static string? PlainTextProblem(string text)
    {
        if (text.Contains('\n', StringComparison.Ordinal))
        {
            return "write it as one paragraph, on one line";
        }

        var markup = text.IndexOfAny(['*', '_', '`', '[', ']', '<', '>', '#', '|']);
        return markup >= 0 ? $"remove the '{text[markup]}'" : null;
    }

    [GeneratedRegex("^[a-z0-9.-]+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    private static partial Regex PlaceholderPattern();
}
