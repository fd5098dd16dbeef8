using System.Text.RegularExpressions;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CareerBot.Core.Content;

/// <summary>
/// Reads a role file: front matter (name, aliases, country, currency, the article it was written from, and optionally
/// a gross-to-net rate with its source), an optional <c># Title</c>, then one <c>## Heading {#id}</c> section per part
/// of the role, headings in the file's language, ids fixed.
/// </summary>
internal static partial class RoleFileParser
{
    /// <summary>The section ids, in the order an editor would write them.</summary>
    public static readonly IReadOnlyList<string> SectionIds = ["summary", "missions", "qualities", "salaries", "career-paths", "limits"];

    /// <summary>The sections a limit may name to be given after it ("- remote (missions): ...").</summary>
    public static readonly IReadOnlyList<string> FollowingSections = ["missions", "qualities", "salaries", "career-paths"];

    /// <summary>The front matter keys.</summary>
    public static readonly IReadOnlyList<string> FrontMatterKeys = ["name", "aliases", "country", "currency", "source-title", "source-abstract", "source-url", "net-rate", "net-rate-source"];

    /// <summary>Reads the role <paramref name="id"/> from <paramref name="file"/>; its limits must include
    /// <paramref name="requiredLimits"/>.</summary>
    public static Role Parse(ContentFile file, string id, IReadOnlyCollection<string> requiredLimits)
    {
        if (!RoleIdPattern().IsMatch(id))
        {
            throw new ContentException(file.At(1), $"'{id}' is not a valid role file name: use lower-case letters, digits and '-' (e.g. 'backend-developer.md').");
        }

        var frontMatter = FrontMatterParser.Parse(file, FrontMatterKeys);
        var name = Required(file, frontMatter, "name").Value;
        var aliases = frontMatter.TryGetValue("aliases", out var aliasEntry) ? aliasEntry.Items : [];
        var country = Required(file, frontMatter, "country").Value;
        var currencyEntry = Required(file, frontMatter, "currency");
        if (!CurrencyPattern().IsMatch(currencyEntry.Value))
        {
            throw new ContentException(currencyEntry.Source, $"the currency '{currencyEntry.Value}' is not an ISO 4217 code such as EUR.");
        }

        var article = Article(file, frontMatter);
        var sections = ReadSections(file);
        return new Role(
            id,
            name,
            aliases,
            Text(file, sections["summary"]),
            List(file, sections["missions"]),
            Text(file, sections["qualities"]),
            SalaryTableParser.Parse(file, sections["salaries"], country, currencyEntry.Value),
            CareerPaths(file, sections["career-paths"]),
            Limits(file, sections["limits"], requiredLimits),
            NetRate(file, frontMatter),
            article,
            file.At(1));
    }

    /// <summary>The article the file was written from: a title and an abstract within what Teams shows of a citation,
    /// as plain text, and an optional absolute http(s) address.</summary>
    private static ArticleSource Article(ContentFile file, IReadOnlyDictionary<string, FrontMatterEntry> frontMatter)
    {
        var title = Required(file, frontMatter, "source-title");
        var summary = Required(file, frontMatter, "source-abstract");
        CheckPlainText(title, ArticleSource.MaxTitleLength);
        CheckPlainText(summary, ArticleSource.MaxAbstractLength);
        Uri? url = null;
        if (frontMatter.TryGetValue("source-url", out var address))
        {
            if (!Uri.TryCreate(address.Value, UriKind.Absolute, out url) || url.Scheme is not ("https" or "http") || address.Value.IndexOfAny([' ', '(', ')', '<', '>']) >= 0)
            {
                throw new ContentException(address.Source, $"'{address.Value}' is not an address to read the article at: write an absolute https:// URL, or leave 'source-url:' out.");
            }
        }

        return new ArticleSource(title.Value, summary.Value, url);
    }

    private static void CheckPlainText(FrontMatterEntry entry, int maxLength)
    {
        if (entry.Value.Length > maxLength)
        {
            throw new ContentException(entry.Source, $"'{entry.Key}:' is {entry.Value.Length} characters long; Teams shows at most {maxLength}: shorten it.");
        }

        var markup = entry.Value.IndexOfAny(['*', '_', '`', '[', ']', '<', '>', '|']);
        if (markup >= 0)
        {
            throw new ContentException(entry.Source, $"'{entry.Key}:' is shown as plain text, not Markdown: remove the '{entry.Value[markup]}'.");
        }
    }

    private static NetRate? NetRate(ContentFile file, IReadOnlyDictionary<string, FrontMatterEntry> frontMatter)
    {
        frontMatter.TryGetValue("net-rate", out var rate);
        frontMatter.TryGetValue("net-rate-source", out var source);
        if (rate is null && source is null)
        {
            return null;
        }

        if (rate is null || source is null || source.Value.Length == 0)
        {
            throw new ContentException((rate ?? source)!.Source, "a gross-to-net rate needs both 'net-rate:' (e.g. 78%) and 'net-rate-source:' (where the rate comes from): give both, or neither for no net figure.");
        }

        var text = rate.Value.TrimEnd('%').Trim();
        if (!decimal.TryParse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var percent) || percent is <= 0 or >= 100 || !rate.Value.EndsWith('%'))
        {
            throw new ContentException(rate.Source, $"'{rate.Value}' is not a rate: write a percentage between 0% and 100%, such as 78%.");
        }

        return new NetRate(percent / 100m, source.Value);
    }

    private static List<CareerPath> CareerPaths(ContentFile file, RoleSection section)
    {
        var paths = new List<CareerPath>();
        foreach (var item in Items(file, section))
        {
            var title = item.Count == 0 || item[0] is not ParagraphBlock first ? string.Empty : file.Source(first, first);
            if (title.Length == 0)
            {
                throw new ContentException(file.At(item), $"an item of the '{section.Id}' section is empty.");
            }

            var aliases = new List<string>();
            foreach (var nested in item.Skip(1))
            {
                var also = nested is ListBlock list ? list.OfType<ListItemBlock>().Select(i => i.Count == 0 ? string.Empty : file.Source(i[0], i[^1])).ToList() : [];
                if (also.Count == 0 || also.Exists(a => !a.StartsWith("also:", StringComparison.Ordinal)))
                {
                    throw new ContentException(file.At(nested), $"under a career path, write only an 'also:' line listing other names for it ('  - also: architect, software architect').");
                }

                aliases.AddRange(also.SelectMany(a => a["also:".Length..].Split(',')).Select(a => a.Trim()).Where(a => a.Length > 0));
            }

            paths.Add(new CareerPath(title, aliases));
        }

        return paths;
    }

    private static Dictionary<string, RoleLimit> Limits(ContentFile file, RoleSection section, IReadOnlyCollection<string> requiredLimits)
    {
        var limits = new Dictionary<string, RoleLimit>(StringComparer.Ordinal);
        foreach (var item in Items(file, section))
        {
            var text = item.Count == 0 ? string.Empty : file.Source(item[0], item[^1]);
            var match = LimitPattern().Match(text);
            if (!match.Success)
            {
                throw new ContentException(file.At(item), $"'{text}' is not a limit: write '- id: sentence', or '- id (missions, qualities): sentence' to give those sections after it.");
            }

            var id = match.Groups["id"].Value;
            var then = match.Groups["then"].Success
                ? match.Groups["then"].Value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToList()
                : [];
            var unknown = then.FirstOrDefault(s => !FollowingSections.Contains(s));
            if (unknown is not null)
            {
                throw new ContentException(file.At(item), $"the limit '{id}' names the section '{unknown}': it may name {string.Join(", ", FollowingSections)}.");
            }

            if (limits.TryGetValue(id, out var first))
            {
                throw new ContentException(file.At(item), $"the limit '{id}' is given twice (first at line {first.Source.Line}).");
            }

            limits.Add(id, new RoleLimit(id, match.Groups["text"].Value.Trim(), then, file.At(item)));
        }

        var missing = requiredLimits.FirstOrDefault(id => !limits.ContainsKey(id));
        if (missing is not null)
        {
            throw new ContentException(file.At(section.Heading), $"the limit '{missing}' is missing: add '- {missing}: ...' saying plainly what the article does not give.");
        }

        return limits;
    }

    private static FrontMatterEntry Required(ContentFile file, IReadOnlyDictionary<string, FrontMatterEntry> frontMatter, string key)
    {
        if (!frontMatter.TryGetValue(key, out var entry) || entry.Value.Length == 0)
        {
            throw new ContentException(entry?.Source ?? file.At(1), $"the front matter needs a '{key}:' line with a value.");
        }

        return entry;
    }

    private static Dictionary<string, RoleSection> ReadSections(ContentFile file)
    {
        var sections = new Dictionary<string, RoleSection>(StringComparer.Ordinal);
        HeadingBlock? heading = null;
        string? id = null;
        var blocks = new List<Block>();
        var titleSeen = false;

        foreach (var block in file.Document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            if (block is HeadingBlock { Level: 1 } && heading is null && !titleSeen)
            {
                titleSeen = true;
                continue;
            }

            if (block is HeadingBlock { Level: <= 2 } next)
            {
                if (next.Level == 1)
                {
                    throw new ContentException(file.At(next), "a role file has one '# Title' at most, before its sections; sections are '## Heading {#id}'.");
                }

                Add();
                heading = next;
                id = SectionId(file, next, sections);
                blocks = [];
                continue;
            }

            if (heading is null)
            {
                throw new ContentException(file.At(block), "text before the first '## Heading {#id}' belongs to no section: move it into a section or remove it.");
            }

            blocks.Add(block);
        }

        Add();
        foreach (var expected in SectionIds)
        {
            if (!sections.ContainsKey(expected))
            {
                throw new ContentException(file.At(file.LastLine), $"the section '{expected}' is missing: add a heading such as '## {Title(expected)} {{#{expected}}}' followed by its content.");
            }
        }

        return sections;

        void Add()
        {
            if (heading is not null && id is not null)
            {
                sections.Add(id, new RoleSection(id, heading, [.. blocks]));
            }
        }
    }

    private static string SectionId(ContentFile file, HeadingBlock heading, Dictionary<string, RoleSection> sections)
    {
        var id = heading.TryGetAttributes()?.Id;
        var known = string.Join(", ", SectionIds.Select(s => "{#" + s + "}"));
        if (id is null)
        {
            throw new ContentException(file.At(heading), $"the heading '{file.HeadingText(heading)}' has no section id: end it with one of {known}.");
        }

        if (!SectionIds.Contains(id))
        {
            throw new ContentException(file.At(heading), $"unknown section id '{{#{id}}}': the sections are {known}.");
        }

        if (sections.TryGetValue(id, out var first))
        {
            throw new ContentException(file.At(heading), $"the section '{id}' appears twice (first at line {first.Heading.Line + 1}).");
        }

        return id;
    }

    private static string Text(ContentFile file, RoleSection section)
    {
        if (section.Blocks.Count == 0)
        {
            throw new ContentException(file.At(section.Heading), $"the '{section.Id}' section is empty.");
        }

        return file.Source(section.Blocks[0], section.Blocks[^1]);
    }

    private static List<string> List(ContentFile file, RoleSection section)
    {
        var items = new List<string>();
        foreach (var item in Items(file, section))
        {
            var text = item.Count == 0 ? string.Empty : file.Source(item[0], item[^1]);
            if (text.Length == 0)
            {
                throw new ContentException(file.At(item), $"an item of the '{section.Id}' section is empty.");
            }

            items.Add(text);
        }

        return items;
    }

    private static List<ListItemBlock> Items(ContentFile file, RoleSection section)
    {
        var lists = section.Blocks.OfType<ListBlock>().ToList();
        if (lists.Count == 0)
        {
            throw new ContentException(file.At(section.Heading), $"the '{section.Id}' section has no items: write them as a bullet list ('- item').");
        }

        var stray = section.Blocks.FirstOrDefault(b => b != lists[0]);
        if (stray is not null)
        {
            throw new ContentException(file.At(stray), $"the '{section.Id}' section holds one bullet list and nothing else.");
        }

        return [.. lists[0].OfType<ListItemBlock>()];
    }

    private static string Title(string id) => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex RoleIdPattern();

    [GeneratedRegex(@"^(?<id>[a-z0-9]+(?:-[a-z0-9]+)*)\s*(?:\((?<then>[a-z, -]+)\))?\s*:\s*(?<text>\S[\s\S]*)$")]
    private static partial Regex LimitPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
