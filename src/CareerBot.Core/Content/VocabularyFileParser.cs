using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Core.Languages;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CareerBot.Core.Content;

/// <summary>
/// Reads a <c>vocabulary.md</c>: front matter naming the language (<c>name</c>, <c>culture</c>, <c>singular</c>,
/// <c>job-qualifier</c>, <c>warm-up</c>), an optional <c># Title</c>, then one <c>## key</c> section per kind of word. A section's
/// entries are separated by commas or line breaks; lines starting with <c>&gt;</c> are notes for authors. Map sections
/// write <c>phrase = value</c>.
/// </summary>
internal static partial class VocabularyFileParser
{
    /// <summary>The front matter keys.</summary>
    public static readonly IReadOnlyList<string> FrontMatterKeys = ["name", "culture", "singular", "job-qualifier", "warm-up"];

    private static readonly IReadOnlyDictionary<string, VocabularyKey> Known =
        VocabularyKeys.All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Reads the vocabulary of the language whose folder is <paramref name="code"/>.</summary>
    public static Vocabulary Parse(ContentFile file, string code)
    {
        var frontMatter = FrontMatterParser.Parse(file, FrontMatterKeys);
        var name = Required(file, frontMatter, "name").Value;
        var cultureEntry = Required(file, frontMatter, "culture");
        var culture = Culture(cultureEntry, code);
        var singular = Choice(file, frontMatter, "singular", ("one", SingularRule.One), ("below-two", SingularRule.BelowTwo));
        var qualifierAfter = Choice(file, frontMatter, "job-qualifier", ("before", false), ("after", true));
        var warmUp = Required(file, frontMatter, "warm-up").Value;
        var language = new Language(code, name, culture, singular);
        return new Vocabulary(language, qualifierAfter, warmUp, ReadSections(file));
    }

    private static Dictionary<string, IReadOnlyList<VocabularyEntry>> ReadSections(ContentFile file)
    {
        var headings = file.Document.OfType<HeadingBlock>().ToList();
        var title = headings.Count > 0 && headings[0].Level == 1 ? headings[0] : null;
        var first = headings.FirstOrDefault(h => h != title);
        foreach (var block in file.Document)
        {
            if (block == first)
            {
                break;
            }

            if (block != title && block is not YamlFrontMatterBlock)
            {
                throw new ContentException(file.At(block), "text before the first '## key' heading belongs to no section: move it under a key, or write it as a '>' note under one.");
            }
        }

        var sections = new Dictionary<string, IReadOnlyList<VocabularyEntry>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            if (heading == title)
            {
                continue;
            }

            var line = heading.Line + 1;
            var name = file.HeadingText(heading);
            if (heading.Level != 2)
            {
                throw new ContentException(file.At(line), $"'{name}' is not a section: sections are level-2 headings ('## {name}'); a '# Title' is allowed only first.");
            }

            var key = Key(file, name, line);
            if (lines.TryGetValue(name, out var firstLine))
            {
                throw new ContentException(file.At(line), $"the section '{name}' appears twice (first at line {firstLine}).");
            }

            var start = heading.Span.End + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : file.Text.Length;
            var entries = Entries(file, key, start, end);
            if (entries.Count == 0)
            {
                throw new ContentException(file.At(line), $"the section '{name}' has no words: list them separated by commas, or remove the section.");
            }

            lines.Add(name, line);
            sections.Add(name, entries);
        }

        return sections;
    }

    private static VocabularyKey Key(ContentFile file, string name, int line)
    {
        if (Known.TryGetValue(name, out var key))
        {
            return key;
        }

        if (name.StartsWith(VocabularyKeys.TopicPrefix, StringComparison.Ordinal) && IdPattern().IsMatch(name[VocabularyKeys.TopicPrefix.Length..]))
        {
            return new VocabularyKey(name, VocabularyKind.Phrases, "a topic the content does not cover");
        }

        throw new ContentException(file.At(line), $"unknown section '{name}': the sections are {string.Join(", ", Known.Keys)}, and 'topic.{{id}}' for topics the content does not cover.");
    }

    private static List<VocabularyEntry> Entries(ContentFile file, VocabularyKey key, int start, int end)
    {
        var entries = new List<VocabularyEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var offset = start;
        foreach (var rawLine in file.Text[start..end].Split('\n'))
        {
            var lineOffset = offset;
            offset += rawLine.Length + 1;
            var text = rawLine.Trim();
            if (text.Length == 0 || text.StartsWith('>'))
            {
                continue;
            }

            var source = file.AtOffset(lineOffset);
            foreach (var part in text.Split(','))
            {
                var entry = part.Trim();
                if (entry.Length == 0)
                {
                    continue;
                }

                var parsed = Entry(key, entry, source);
                var folded = parsed.Phrase.ToLowerInvariant();
                if (seen.TryGetValue(folded, out var firstLine))
                {
                    throw new ContentException(source, $"'{parsed.Phrase}' is listed twice in '{key.Name}' (first at line {firstLine}).");
                }

                seen.Add(folded, source.Line);
                entries.Add(parsed);
            }
        }

        return entries;
    }

    private static VocabularyEntry Entry(VocabularyKey key, string entry, ContentSource source)
    {
        var equals = entry.IndexOf('=', StringComparison.Ordinal);
        if (key.Kind == VocabularyKind.Phrases)
        {
            if (equals >= 0)
            {
                throw new ContentException(source, $"'{entry}': the section '{key.Name}' lists {key.Meaning} without '='; only map sections write 'phrase = value'.");
            }

            return new VocabularyEntry(entry, null, source);
        }

        if (equals <= 0 || equals == entry.Length - 1)
        {
            throw new ContentException(source, $"'{entry}' needs a value: the section '{key.Name}' writes 'phrase = value' ({key.Meaning}).");
        }

        var phrase = entry[..equals].Trim();
        var value = entry[(equals + 1)..].Trim();
        if (key.Kind == VocabularyKind.Numbers && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            throw new ContentException(source, $"'{value}' is not a number: the section '{key.Name}' writes 'phrase = number' (e.g. 'march = 3').");
        }

        return new VocabularyEntry(phrase, value, source);
    }

    private static FrontMatterEntry Required(ContentFile file, IReadOnlyDictionary<string, FrontMatterEntry> frontMatter, string key)
    {
        if (!frontMatter.TryGetValue(key, out var entry) || entry.Value.Length == 0)
        {
            throw new ContentException(entry?.Source ?? file.At(1), $"the front matter needs a '{key}:' line with a value.");
        }

        return entry;
    }

    private static CultureInfo Culture(FrontMatterEntry entry, string code)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(entry.Value, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new ContentException(entry.Source, $"'{entry.Value}' is not a culture: write a BCP-47 tag such as en-US or fr-FR.");
        }

        if (!string.Equals(culture.TwoLetterISOLanguageName, code, StringComparison.OrdinalIgnoreCase))
        {
            throw new ContentException(entry.Source, $"the culture {entry.Value} is not of the language '{code}' its folder names.");
        }

        return culture;
    }

    private static T Choice<T>(ContentFile file, IReadOnlyDictionary<string, FrontMatterEntry> frontMatter, string key, params (string Name, T Value)[] choices)
    {
        var entry = Required(file, frontMatter, key);
        foreach (var (name, value) in choices)
        {
            if (string.Equals(entry.Value, name, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new ContentException(entry.Source, $"'{key}: {entry.Value}' is not one of {string.Join(", ", choices.Select(c => c.Name))}.");
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
