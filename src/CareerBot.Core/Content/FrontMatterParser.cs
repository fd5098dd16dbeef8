using Markdig.Extensions.Yaml;

namespace CareerBot.Core.Content;

/// <summary>Reads the <c>---</c> front matter of a role file: simple <c>key: value</c> lines, lists as commas or <c>- item</c> lines.</summary>
internal static class FrontMatterParser
{
    /// <summary>The entries by key; fails when the front matter is missing, a key repeats or a line is not <c>key: value</c>.</summary>
    public static IReadOnlyDictionary<string, FrontMatterEntry> Parse(ContentFile file, IReadOnlyCollection<string> knownKeys)
    {
        var block = file.Document.OfType<YamlFrontMatterBlock>().FirstOrDefault()
            ?? throw new ContentException(file.At(1), "the file must start with front matter: a '---' line, 'name:', 'aliases:', 'country:' and 'currency:' lines, and a closing '---' line.");

        var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.Ordinal);
        string? key = null;
        string value = string.Empty;
        var items = new List<string>();
        var keyLine = 0;

        void Flush()
        {
            if (key is not null)
            {
                entries[key] = new FrontMatterEntry(key, value, [.. items], file.At(keyLine));
            }
        }

        foreach (var line in block.Lines.Lines.Take(block.Lines.Count))
        {
            var text = line.Slice.ToString();
            var trimmed = text.Trim();
            var number = line.Line + 1;
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) && key is not null)
            {
                AddItem(items, trimmed[2..]);
                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || char.IsWhiteSpace(text[0]))
            {
                throw new ContentException(file.At(number), $"'{trimmed}' is not a 'key: value' line.");
            }

            Flush();
            key = trimmed[..colon].Trim();
            if (!knownKeys.Contains(key))
            {
                throw new ContentException(file.At(number), $"unknown front matter key '{key}': the keys are {string.Join(", ", knownKeys)}.");
            }

            if (entries.TryGetValue(key, out var first))
            {
                throw new ContentException(file.At(number), $"the front matter key '{key}' is given twice (first at line {first.Source.Line}).");
            }

            value = trimmed[(colon + 1)..].Trim();
            keyLine = number;
            items = [];
            foreach (var part in value.Split(','))
            {
                AddItem(items, part);
            }
        }

        Flush();
        return entries;
    }

    private static void AddItem(List<string> items, string item)
    {
        var trimmed = item.Trim().Trim('"', '\'').Trim();
        if (trimmed.Length > 0)
        {
            items.Add(trimmed);
        }
    }
}
