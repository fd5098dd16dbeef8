using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Core.Content;
using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>The vocabularies and roles of every language, folded, tokenised and compiled once into look-up tables,
/// a phrase matcher and regexes. Built from the content; immutable, so shared by every request.</summary>
internal sealed class VocabularyIndex
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Which section each cue is read from.</summary>
    private static readonly (VocabularyKey Key, Cue Cue)[] CueSections =
    [
        (VocabularyKeys.Salary, Cue.Salary), (VocabularyKeys.Table, Cue.Table), (VocabularyKeys.Missions, Cue.Missions),
        (VocabularyKeys.Qualities, Cue.Qualities), (VocabularyKeys.CareerPaths, Cue.CareerPaths),
        (VocabularyKeys.CareerPathsWeak, Cue.CareerPathsWeak), (VocabularyKeys.Roles, Cue.Roles),
        (VocabularyKeys.Greeting, Cue.Greeting), (VocabularyKeys.Help, Cue.Help), (VocabularyKeys.Thanks, Cue.Thanks),
        (VocabularyKeys.Goodbye, Cue.Goodbye), (VocabularyKeys.Cancel, Cue.Cancel),
        (VocabularyKeys.Highest, Cue.Highest), (VocabularyKeys.Lowest, Cue.Lowest), (VocabularyKeys.Average, Cue.Average),
        (VocabularyKeys.Compare, Cue.Compare), (VocabularyKeys.WellPaid, Cue.WellPaid), (VocabularyKeys.Net, Cue.Net),
        (VocabularyKeys.Gross, Cue.Gross), (VocabularyKeys.Monthly, Cue.Monthly), (VocabularyKeys.Hourly, Cue.Hourly),
        (VocabularyKeys.Daily, Cue.Daily), (VocabularyKeys.Freelance, Cue.Freelance), (VocabularyKeys.Raise, Cue.Raise),
        (VocabularyKeys.Junior, Cue.Junior), (VocabularyKeys.Mid, Cue.Mid), (VocabularyKeys.Senior, Cue.Senior),
        (VocabularyKeys.Internships, Cue.Internships), (VocabularyKeys.Self, Cue.Self), (VocabularyKeys.Target, Cue.Target),
        (VocabularyKeys.ThirdParty, Cue.ThirdParty), (VocabularyKeys.Home, Cue.Home), (VocabularyKeys.Regions, Cue.Regions),
        (VocabularyKeys.Personal, Cue.Personal), (VocabularyKeys.Unsure, Cue.Unsure), (VocabularyKeys.Ignore, Cue.Ignore),
    ];

    // One index per catalog: start-up checks the vocabularies by building it (VocabularyCheck), and the recognizer
    // then takes the same one instead of building it again.
    private static readonly ConditionalWeakTable<ContentCatalog, VocabularyIndex> Built = new();

    private readonly List<TieredRegex> regexes = [];

    /// <summary>The index of <paramref name="catalog"/>, built on first use (a content problem is thrown, and nothing
    /// kept).</summary>
    public static VocabularyIndex For(ContentCatalog catalog) => Built.GetValue(catalog, c => new VocabularyIndex(c));

    public VocabularyIndex(ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var vocabularies = catalog.Languages.Select(l => l.Vocabulary).ToList();
        Languages = [.. vocabularies.Select(v => v.Language)];
        IEnumerable<string> All(VocabularyKey key) => vocabularies.SelectMany(v => v.Phrases(key));

        var phrases = new List<(string[] Words, Concept Concept)>();
        foreach (var vocabulary in vocabularies)
        {
            foreach (var (key, cue) in CueSections)
            {
                phrases.AddRange(vocabulary[key].Select(e => (ReadableWords(e), Concept.Of(cue))));
            }

            foreach (var topic in vocabulary.TopicIds)
            {
                var key = new VocabularyKey(VocabularyKeys.TopicPrefix + topic, VocabularyKind.Phrases, "a topic");
                phrases.AddRange(vocabulary[key].Select(e => (ReadableWords(e), new Concept(ConceptKind.Topic, Value: topic))));
            }

            phrases.AddRange(vocabulary[VocabularyKeys.OtherRoles].Select(e => (ReadableWords(e), new Concept(ConceptKind.OtherRole))));
            phrases.AddRange(vocabulary[VocabularyKeys.Abroad].Select(e => (Words(e.Phrase), new Concept(ConceptKind.Abroad, Value: Key(e.Phrase)))));
            phrases.AddRange(vocabulary[VocabularyKeys.Cities].Select(e => (Words(e.Phrase), new Concept(ConceptKind.City, Value: Key(e.Phrase)))));
        }

        foreach (var content in catalog.Languages)
        {
            foreach (var role in content.Roles)
            {
                phrases.AddRange(role.Aliases.Prepend(role.Name).Select(p => (Words(p), new Concept(ConceptKind.Role, Value: role.Id))));
                for (var i = 0; i < role.CareerPaths.Count; i++)
                {
                    var path = role.CareerPaths[i];
                    var index = i;
                    phrases.AddRange(path.Aliases.Prepend(path.Title).Select(p => (Words(p), new Concept(ConceptKind.CareerPath, Value: role.Id, Index: index))));
                }
            }
        }

        // Jobs are also named in the plural ("data analysts"): the last word with an "s".
        var plurals = phrases.Where(p => p.Concept.Kind is ConceptKind.Role or ConceptKind.CareerPath or ConceptKind.OtherRole
                && p.Words.Length > 0 && !p.Words[^1].EndsWith('s'))
            .Select(p => (Words: (string[])[.. p.Words[..^1], p.Words[^1] + "s"], p.Concept))
            .ToList();
        Phrases = new PhraseMatcher<Concept>(phrases.Concat(plurals).Where(p => p.Words.Length > 0).DistinctBy(p => (string.Join(' ', p.Words), p.Concept)));

        Places = Languages.ToFrozenDictionary(
            l => l,
            l => catalog.For(l).Vocabulary[VocabularyKeys.Abroad].Concat(catalog.For(l).Vocabulary[VocabularyKeys.Cities])
                .GroupBy(e => Key(e.Phrase), StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.First().Value!, StringComparer.Ordinal));
        AnyPlace = vocabularies.SelectMany(v => v[VocabularyKeys.Abroad].Concat(v[VocabularyKeys.Cities]))
            .GroupBy(e => Key(e.Phrase), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Value!, StringComparer.Ordinal);

        // A language's signals are its frequent words that no other language uses as frequent words or request words:
        // "missions" is both French and English, so it tells neither. (Place names are left out: "Île-de-France" in
        // the English file makes "de" no less French.)
        var wordsOf = vocabularies.ToDictionary(
            v => v.Language,
            v => CueSections.Select(c => c.Key).Append(VocabularyKeys.CommonWords)
                .SelectMany(v.Phrases).SelectMany(SignalTokens).ToHashSet(StringComparer.Ordinal));
        Signals = vocabularies.ToFrozenDictionary(
            v => v.Language,
            v => v.Phrases(VocabularyKeys.CommonWords).SelectMany(SignalTokens)
                .Where(w => !wordsOf.Where(o => !o.Key.Equals(v.Language)).Any(o => o.Value.Contains(w)))
                .ToFrozenSet(StringComparer.Ordinal));
        AccentedLetters = vocabularies.ToFrozenDictionary(
            v => v.Language,
            v => v.Sections.Values.SelectMany(entries => entries).SelectMany(e => e.Phrase)
                .Where(c => c > 127 && char.IsLetter(c)).Select(char.ToLowerInvariant).ToFrozenSet());

        var abbreviations = vocabularies.SelectMany(v => v[VocabularyKeys.Abbreviations])
            .GroupBy(e => TextNormalizer.ToTokens(e.Phrase), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => TextNormalizer.FoldText(g.First().Value!), StringComparer.Ordinal);
        var bad = vocabularies.SelectMany(v => v[VocabularyKeys.Abbreviations]).FirstOrDefault(e => TextNormalizer.ToTokens(e.Phrase).Contains(' ', StringComparison.Ordinal) || TextNormalizer.ToTokens(e.Phrase).Length == 0);
        if (bad is not null)
        {
            throw new ContentException(bad.Source, $"'{bad.Phrase}' is not one word: an abbreviation is a single word (write 'cb = combien').");
        }

        var known = vocabularies.SelectMany(v => v.Sections.Values.SelectMany(entries => entries))
            .SelectMany(e => new[] { e.Phrase, e.Value ?? string.Empty })
            .Concat(catalog.Languages.SelectMany(l => l.Roles).SelectMany(r => r.Aliases.Prepend(r.Name).Concat(r.CareerPaths.SelectMany(p => p.Aliases.Prepend(p.Title)))))
            .SelectMany(p => TextNormalizer.ToTokens(p).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !abbreviations.ContainsKey(w));
        Corrector = new SpellingCorrector(known, abbreviations);

        JobNounsBefore = vocabularies.Where(v => !v.QualifierAfterJobNoun).SelectMany(v => v.Phrases(VocabularyKeys.JobNouns))
            .Select(TextNormalizer.ToTokens).ToFrozenSet(StringComparer.Ordinal);
        JobNounsAfter = vocabularies.Where(v => v.QualifierAfterJobNoun).SelectMany(v => v.Phrases(VocabularyKeys.JobNouns))
            .Select(TextNormalizer.ToTokens).ToFrozenSet(StringComparer.Ordinal);
        NeutralQualifiers = All(VocabularyKeys.NeutralQualifiers).Concat(All(VocabularyKeys.CommonWords))
            .SelectMany(q => TextNormalizer.ToTokens(q).Split(' '))
            .Concat(JobNounsBefore).Concat(JobNounsAfter)
            .ToFrozenSet(StringComparer.Ordinal);
        ClauseJoiners = All(VocabularyKeys.RangeAnd).Select(TextNormalizer.ToTokens).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        CompoundTails = All(VocabularyKeys.CompoundTails).Select(TextNormalizer.ToTokens).ToFrozenSet(StringComparer.Ordinal);

        MonthNumbers = vocabularies.SelectMany(v => v[VocabularyKeys.Months])
            .GroupBy(e => TextNormalizer.FoldText(e.Phrase), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => int.Parse(g.First().Value!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        NumberWordValues = vocabularies.SelectMany(v => v[VocabularyKeys.NumberWords])
            .GroupBy(e => TextNormalizer.FoldText(e.Phrase), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => decimal.Parse(g.First().Value!, CultureInfo.InvariantCulture), StringComparer.Ordinal);
        HalfWords = All(VocabularyKeys.Halves).Select(TextNormalizer.FoldText).ToFrozenSet(StringComparer.Ordinal);
        OneArticleWords = All(VocabularyKeys.OneArticles).Select(TextNormalizer.FoldText).ToFrozenSet(StringComparer.Ordinal);

        var years = Alternation(All(VocabularyKeys.YearUnits));
        var months = Alternation(All(VocabularyKeys.MonthUnits));
        var decades = Alternation(All(VocabularyKeys.DecadeUnits));
        var halves = Alternation(All(VocabularyKeys.Halves));
        var links = Alternation(All(VocabularyKeys.ExperienceLinks));
        // "une dizaine d'années": a grammar word may sit between a figure and its unit.
        UnitAfter = Tier(
            $@"\G\s*(?<plus>\+\s*)?(?<half>{halves}\s*)?(?:{links}\s*)?(?:(?<y>{years})|(?<m>{months})|(?<d>{decades}))(?<plus2>\s*\+)?(?<half2>\s*{halves})?");
        OneArticle = Tier(
            $@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(All(VocabularyKeys.OneArticles))})\s+(?=(?:{years}|{months}|{decades}))");
        NumberWords = Tier($@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(NumberWordValues.Keys)})");
        OrMoreBefore = Before(All(VocabularyKeys.OrMoreBefore));
        OrMoreAfter = Tier($@"\G\s*(?:{Alternation(All(VocabularyKeys.OrMoreAfter))})");
        LessThanBefore = Before(All(VocabularyKeys.LessThanBefore));
        MinusBefore = Before(All(VocabularyKeys.MinusBefore));
        RangeOpenerBefore = Before(All(VocabularyKeys.RangeOpeners));
        RangeJoiner = Tier(
            $@"^\s*(?:-|~|/|(?<word>{Alternation(All(VocabularyKeys.RangeJoiners))})|(?<and>{Alternation(All(VocabularyKeys.RangeAnd))}))\s*$");
        AgeBefore = Before(All(VocabularyKeys.AgeBefore));
        AgeAfter = Tier($@"\G\s*(?:(?:{years})\s*)?(?:{Alternation(All(VocabularyKeys.AgeAfter))})");
        AmbiguousAgeBefore = Before(All(VocabularyKeys.AmbiguousAgeBefore));
        var experience = Alternation(All(VocabularyKeys.ExperienceWords));
        ExperienceAfter = Tier($@"\G[\s,]*(?:{links}\s*)?(?:{experience})");
        ExperienceBefore = Tier($@"(?:{experience})\s*(?:{links}|:|=|-)?\s*$", RegexOptions.RightToLeft);
        OtherUnitAfter = Tier($@"\G\s*(?:{Alternation(All(VocabularyKeys.OtherUnits))})");
        ThousandsAfter = Tier($@"\G\s*(?:{Alternation(All(VocabularyKeys.Thousands))})");
        CurrencyNear = Tier($@"\G\s*(?:{Alternation(All(VocabularyKeys.Currency))})");
        CurrencyBefore = Tier($@"(?:{Alternation(All(VocabularyKeys.Currency))})\s*$", RegexOptions.RightToLeft);
        var startWords = Alternation(All(VocabularyKeys.StartWords));
        StartCue = Tier(startWords);
        var monthNames = Alternation(MonthNumbers.Keys);
        MonthAfterStart = Tier($@"(?:{startWords})\s+(?:(?:{Alternation(All(VocabularyKeys.StartLinks))})\s+){{0,3}}(?<month>{monthNames})");
        WrittenDate = Tier(
            $@"(?<![\p{{L}}\p{{N}}])(?:(?<month>{monthNames})\.?\s+(?:{links}\s*)?|(?<number>0?[1-9]|1[0-2])\s*/\s*)?(?<year>(?:19|20)\d\d)(?![\p{{L}}\p{{N}}])");
        RelativeYear = Tier(
            $"(?<last>{Alternation(All(VocabularyKeys.LastYear))})|(?<this>{Alternation(All(VocabularyKeys.ThisYear))})");
        RelativeDate = Tier(Alternation(All(VocabularyKeys.RelativeDates)));
        NoExperience = Tier(Alternation(All(VocabularyKeys.NoExperience)));
        var fillers = Alternation(All(VocabularyKeys.Fillers));
        FollowUp = Tier($@"^[\s,.!]*(?:{fillers}[\s,.!]*)*(?:{Alternation(All(VocabularyKeys.FollowUps))})");
    }

    /// <summary>Whether any of the words from <paramref name="from"/> to <paramref name="to"/> (excluded) joins two
    /// clauses ("and", "et").</summary>
    public bool IsClauseJoiner(IReadOnlyList<string> words, int from, int to)
    {
        for (var i = from; i < to && i < words.Count; i++)
        {
            if (ClauseJoiners.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words that join clauses ("and", "et"): the vocabularies' "and" of ranges.</summary>
    public FrozenSet<string> ClauseJoiners { get; }

    /// <summary>Every language, the default first.</summary>
    public IReadOnlyList<Language> Languages { get; }

    /// <summary>Whether every regex runs compiled code.</summary>
    public bool IsCompiled => regexes.TrueForAll(r => r.IsCompiled);

    /// <summary>Moves every regex to compiled code (seconds of JIT in all; see <see cref="TieredRegex"/>); until
    /// then they are interpreted. Call off the request path.</summary>
    public void CompileRegexes()
    {
        // A compiled regex JIT-compiles its matching code only where its search finds a place to start, so the
        // sample holds dates, durations, amounts and follow-ups in both languages.
        const string sample = "and with since march 2015 i have 5 years of experience, more than 3 ans d'experience depuis 2019 "
            + " between 3 and 4 years  i earn 55k euros  a couple of years  no experience  i'm 30 years old  last year ";
        foreach (var regex in regexes)
        {
            regex.Compile(sample);
        }
    }

    /// <summary>Every phrase of the vocabularies and the roles, with what it stands for.</summary>
    public PhraseMatcher<Concept> Phrases { get; }

    /// <summary>Rewrites abbreviations and typos.</summary>
    public SpellingCorrector Corrector { get; }

    /// <summary>Each language's frequent words, folded: what tells a language.</summary>
    public FrozenDictionary<Language, FrozenSet<string>> Signals { get; }

    /// <summary>The accented letters each language's vocabulary uses.</summary>
    public FrozenDictionary<Language, FrozenSet<char>> AccentedLetters { get; }

    /// <summary>Places by key, as each language writes them.</summary>
    public FrozenDictionary<Language, FrozenDictionary<string, string>> Places { get; }

    /// <summary>Places by key, as the first language listing them writes them.</summary>
    public FrozenDictionary<string, string> AnyPlace { get; }

    public FrozenSet<string> JobNounsBefore { get; }

    public FrozenSet<string> JobNounsAfter { get; }

    public FrozenSet<string> NeutralQualifiers { get; }

    public FrozenSet<string> CompoundTails { get; }

    /// <summary>Month names, folded, with their numbers.</summary>
    public FrozenDictionary<string, int> MonthNumbers { get; }

    /// <summary>Number words the number model does not read ("a dozen"), folded, with their values.</summary>
    public FrozenDictionary<string, decimal> NumberWordValues { get; }

    /// <summary>"and a half" and its like, folded: the number model reads their "half" as a number of its own.</summary>
    public FrozenSet<string> HalfWords { get; }

    /// <summary>Articles meaning one before a unit ("a", "un"): never a number on their own.</summary>
    public FrozenSet<string> OneArticleWords { get; }

    public TieredRegex UnitAfter { get; }

    public TieredRegex OneArticle { get; }

    public TieredRegex NumberWords { get; }

    public TieredRegex OrMoreBefore { get; }

    public TieredRegex OrMoreAfter { get; }

    public TieredRegex LessThanBefore { get; }

    /// <summary>A minus sign in words right before a figure ("minus", "moins").</summary>
    public TieredRegex MinusBefore { get; }

    public TieredRegex RangeOpenerBefore { get; }

    public TieredRegex RangeJoiner { get; }

    public TieredRegex AgeBefore { get; }

    public TieredRegex AgeAfter { get; }

    public TieredRegex AmbiguousAgeBefore { get; }

    public TieredRegex ExperienceAfter { get; }

    public TieredRegex ExperienceBefore { get; }

    public TieredRegex OtherUnitAfter { get; }

    /// <summary>"k", "thousand", "mille" right after an amount.</summary>
    public TieredRegex ThousandsAfter { get; }

    /// <summary>The currency right after an amount.</summary>
    public TieredRegex CurrencyNear { get; }

    /// <summary>The currency right before an amount.</summary>
    public TieredRegex CurrencyBefore { get; }

    public TieredRegex StartCue { get; }

    /// <summary>A month named right after a start word, without a year ("since January", "depuis mars").</summary>
    public TieredRegex MonthAfterStart { get; }

    /// <summary>"last year" (group <c>last</c>) or "this year" (group <c>this</c>) in any language.</summary>
    public TieredRegex RelativeYear { get; }

    /// <summary>A year written in full, with the month right before it when there is one ("march 2015", "03/2015"):
    /// groups <c>year</c>, <c>month</c> (a month name) or <c>number</c> (a month number).</summary>
    public TieredRegex WrittenDate { get; }

    public TieredRegex RelativeDate { get; }

    public TieredRegex NoExperience { get; }

    public TieredRegex FollowUp { get; }

    /// <summary>A phrase's words as the matcher compares them: folded, tokenised, "…" (or "...") kept as a gap.</summary>
    private static string[] Words(string phrase)
    {
        var parts = phrase.Replace("...", PhraseMatcher<Concept>.Gap, StringComparison.Ordinal).Split(PhraseMatcher<Concept>.Gap);
        var words = new List<string>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                words.Add(PhraseMatcher<Concept>.Gap);
            }

            words.AddRange(TextNormalizer.ToTokens(parts[i]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return [.. words];
    }

    /// <summary>The words of an entry the phrase matcher looks for; fails when the entry has none, or only a letter
    /// left of a symbol ("a+" reads as "a", which would match every "a"; "k€" as "k").</summary>
    private static string[] ReadableWords(VocabularyEntry entry)
    {
        var words = Words(entry.Phrase);
        // An elided word is one letter on purpose ("j'" is "je").
        var elided = entry.Phrase.TrimEnd().EndsWith('\'') || entry.Phrase.TrimEnd().EndsWith('\u2019');
        if (words.Length == 0 || (words.Length == 1 && words[0].Length == 1 && entry.Phrase.Trim().Length > 1 && !elided))
        {
            var read = words.Length == 0 ? "no word at all" : $"'{words[0]}'";
            throw new ContentException(entry.Source, $"'{entry.Phrase}' reads as {read}: CareerBot reads letters and digits (and the '#' or '+' of 'c#', 'c++'); write the words people type.");
        }

        return words;
    }

    /// <summary>A place's key: its phrase, tokenised.</summary>
    private static string Key(string phrase) => TextNormalizer.ToTokens(phrase);

    private static IEnumerable<string> SignalTokens(string entry)
    {
        var tokens = TextNormalizer.ToTokens(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length == 1 ? tokens : tokens.Where(t => t.Length >= 2);
    }

    // A phrase ending the text before a figure: read right to left, the regex tries the end of the text only, not
    // every position of it.
    private TieredRegex Before(IEnumerable<string> phrases) =>
        Tier($@"(?:{Alternation(phrases)})\s*$", RegexOptions.RightToLeft);

    private TieredRegex Tier(string pattern, RegexOptions extra = RegexOptions.None)
    {
        var regex = new TieredRegex(pattern, Options | extra);
        regexes.Add(regex);
        return regex;
    }

    /// <summary>A regex alternation of folded phrases, longest first, each bounded by non-letters where it starts
    /// or ends with a letter; spaces match any whitespace and apostrophes are optional. The boundary before the
    /// phrases that start with a letter is checked once for all of them, as <c>\b</c> (a compiled regex tries a
    /// lookbehind at every position; measured ten times slower on these phrase lists), so that inside a word the regex
    /// moves on at once instead of trying each phrase. An empty list matches nothing.</summary>
    private static string Alternation(IEnumerable<string> phrases)
    {
        var folded = phrases
            .Select(TextNormalizer.FoldText)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToList();
        if (folded.Count == 0)
        {
            return "(?!)";
        }

        var words = folded.Where(p => char.IsLetterOrDigit(p[0])).Select(Escape).ToList();
        var others = folded.Where(p => !char.IsLetterOrDigit(p[0])).Select(Escape).ToList();
        List<string> branches = words.Count > 0 ? [$@"\b(?:{string.Join('|', words)})", .. others] : others;
        return $"(?:{string.Join('|', branches)})";
    }

    private static string Escape(string phrase)
    {
        var pattern = new StringBuilder();
        foreach (var c in phrase)
        {
            pattern.Append(c switch
            {
                ' ' => @"\s+",
                '\'' => @"['\s]?\s*",
                '-' => @"[-\s]?",
                _ => Regex.Escape(c.ToString()),
            });
        }

        if (char.IsLetterOrDigit(phrase[^1]))
        {
            pattern.Append(@"(?![\p{L}\p{N}])");
        }

        return pattern.ToString();
    }
}
