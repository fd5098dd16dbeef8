using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>The vocabularies of every language, folded, tokenised and compiled once into look-up tables and regexes.
/// Immutable, so shared by every request.</summary>
internal sealed class VocabularyIndex
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private readonly List<TieredRegex> regexes = [];

    public VocabularyIndex(IReadOnlyList<LanguageVocabulary> vocabularies)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        Vocabularies = vocabularies;
        var all = vocabularies;

        var exact = new Dictionary<string, HashSet<Intent>>(StringComparer.Ordinal);
        var fuzzy = new List<(string, Intent)>();
        var phrases = new List<(string, Intent)>();
        var patterns = new List<(TieredRegex, Intent)>();
        foreach (var terms in all.SelectMany(v => v.Intents))
        {
            foreach (var word in terms.Words.Concat(terms.FuzzyWords).Select(TextNormalizer.ToTokens))
            {
                if (word.Contains(' ', StringComparison.Ordinal))
                {
                    phrases.Add((Pad(word), terms.Intent));
                }
                else if (word.Length > 0)
                {
                    (exact.TryGetValue(word, out var set) ? set : exact[word] = []).Add(terms.Intent);
                }
            }

            fuzzy.AddRange(terms.FuzzyWords.Select(TextNormalizer.ToTokens)
                .Where(w => w.Length >= 5 && !w.Contains(' ', StringComparison.Ordinal))
                .Select(w => (w, terms.Intent)));
            phrases.AddRange(terms.Phrases.Select(p => (Pad(TextNormalizer.ToTokens(p)), terms.Intent)));
            patterns.AddRange((terms.Patterns ?? []).Select(p => (Tier(p), terms.Intent)));
        }

        ExactWords = exact.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        FuzzyWords = fuzzy.Distinct().GroupBy(f => f.Item1[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        Phrases = new PhraseIndex<Intent>(phrases.Distinct());
        Patterns = [.. patterns];

        Signals = vocabularies.ToFrozenDictionary(
            v => v.Language,
            v => v.SignalWords.SelectMany(SignalTokens).ToFrozenSet(StringComparer.Ordinal));

        Countries = new PhraseIndex<string>(all.SelectMany(v => v.Countries)
            .Select(kv => (Phrase: Pad(TextNormalizer.ToTokens(kv.Key)), Display: kv.Value))
            .DistinctBy(c => c.Phrase)
            .OrderByDescending(c => c.Phrase.Length));
        var coveredRole = all.SelectMany(v => v.CoveredRole).Select(TextNormalizer.ToTokens).Distinct()
            .OrderByDescending(p => p.Length).Select(Pad).ToList();
        var careerPaths = all.SelectMany(v => v.CareerPathTitles).Select(TextNormalizer.ToTokens).Distinct()
            .OrderByDescending(p => p.Length).Select(Pad).ToList();
        CareerPathTitles = new PhraseIndex<string>(careerPaths.Select(p => (p, p)));
        KnownRoles = new PhraseIndex<string>(coveredRole.Concat(careerPaths).Select(p => (p, p)));
        OtherJobTitles = new PhraseIndex<string>(all.SelectMany(v => v.OtherJobTitles).Select(TextNormalizer.ToTokens).Distinct()
            .OrderByDescending(p => p.Length).Select(Pad).Select(p => (p, p)));
        JobNounsBefore = all.Where(v => !v.QualifierAfterJobNoun).SelectMany(v => v.JobNouns)
            .Select(TextNormalizer.ToTokens).ToFrozenSet(StringComparer.Ordinal);
        JobNounsAfter = all.Where(v => v.QualifierAfterJobNoun).SelectMany(v => v.JobNouns)
            .Select(TextNormalizer.ToTokens).ToFrozenSet(StringComparer.Ordinal);
        NeutralQualifiers = all.SelectMany(v => v.NeutralQualifiers.Concat(v.SignalWords))
            .SelectMany(q => TextNormalizer.ToTokens(q).Split(' '))
            .Concat(JobNounsBefore).Concat(JobNounsAfter)
            .ToFrozenSet(StringComparer.Ordinal);

        var years = Alternation(all.SelectMany(v => v.YearUnits));
        var months = Alternation(all.SelectMany(v => v.MonthUnits));
        var decades = Alternation(all.SelectMany(v => v.DecadeUnits));
        var halves = Alternation(all.SelectMany(v => v.Halves));
        UnitAfter = Tier(
            $@"\G\s*(?<plus>\+\s*)?(?<half>{halves}\s*)?(?:(?<y>{years})|(?<m>{months})|(?<d>{decades}))(?<plus2>\s*\+)?(?<half2>\s*{halves})?");
        OneArticle = Tier(
            $@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(all.SelectMany(v => v.OneArticles))})\s+(?=(?:{years}|{months}|{decades}))");
        OrMoreBefore = Before(all.SelectMany(v => v.OrMoreBefore));
        OrMoreAfter = Tier($@"\G\s*(?:{Alternation(all.SelectMany(v => v.OrMoreAfter))})");
        LessThanBefore = Before(all.SelectMany(v => v.LessThanBefore));
        RangeOpenerBefore = Before(all.SelectMany(v => v.RangeOpeners));
        RangeJoiner = Tier(
            $@"^\s*(?:-|~|/|(?<word>{Alternation(all.SelectMany(v => v.RangeJoiners))})|(?<and>{Alternation(all.SelectMany(v => v.RangeAnd))}))\s*$");
        AgeBefore = Before(all.SelectMany(v => v.AgeBefore));
        AgeAfter = Tier(
            $@"\G\s*(?:(?:{years})\s*)?(?:{Alternation(all.SelectMany(v => v.AgeAfter))})");
        AmbiguousAgeBefore = Before(all.SelectMany(v => v.AmbiguousAgeBefore));
        var experience = Alternation(all.SelectMany(v => v.ExperienceWords));
        ExperienceAfter = Tier($@"\G[\s,]*(?:(?:of|de|in|en)\s+)?(?:{experience})");
        ExperienceBefore = Tier($@"(?:{experience})\s*(?:of|de|:|=|-)?\s*$", RegexOptions.RightToLeft);
        OtherUnitAfter = Tier($@"\G\s*(?:{Alternation(all.SelectMany(v => v.OtherUnits))})");
        var startWords = Alternation(all.SelectMany(v => v.StartWords));
        StartCue = Tier(startWords);
        var monthNames = Alternation(all.SelectMany(v => v.MonthNames));
        MonthAfterStart = Tier($@"(?:{startWords})\s+(?:(?:in|on|of|last|the|month|en|de|le|mois)\s+){{0,3}}(?<month>{monthNames})");
        WrittenDate = Tier(
            $@"(?<![\p{{L}}\p{{N}}])(?:(?<month>{monthNames})\.?\s+(?:of\s+|de\s+)?|(?<number>0?[1-9]|1[0-2])\s*/\s*)?(?<year>(?:19|20)\d\d)(?![\p{{L}}\p{{N}}])");
        RelativeYear = Tier(
            $"(?<last>{Alternation(all.SelectMany(v => v.LastYear))})|(?<this>{Alternation(all.SelectMany(v => v.ThisYear))})");
        RelativeDate = Tier(Alternation(all.SelectMany(v => v.RelativeDateWords)));
        NoExperience = Tier(Alternation(all.SelectMany(v => v.NoExperience)));
        var fillers = Alternation(all.SelectMany(v => v.Fillers));
        FollowUp = Tier(
            $@"^[\s,.!]*(?:{fillers}[\s,.!]*)*(?:{Alternation(all.SelectMany(v => v.FollowUpOpeners))})");
    }

    /// <summary>The index of English and French, built once.</summary>
    public static VocabularyIndex Shared { get; } = new([EnglishVocabulary.Instance, FrenchVocabulary.Instance]);

    public IReadOnlyList<LanguageVocabulary> Vocabularies { get; }

    /// <summary>Whether every regex runs compiled code.</summary>
    public bool IsCompiled => regexes.TrueForAll(r => r.IsCompiled);

    /// <summary>Moves every regex to compiled code (seconds of JIT in all; see <see cref="TieredRegex"/>); until
    /// then they are interpreted. Call off the request path.</summary>
    public void CompileRegexes()
    {
        // A compiled regex JIT-compiles its matching code only where its search finds a place to start, so the
        // sample holds the openers of questions ("what ...") besides dates and durations: without them the intent
        // patterns compiled that code on the first question after the warm-up (13 ms, measured).
        const string sample = "since march 2015 i have 5 years of experience, more than 3 ans d'experience depuis 2019 "
            + " what is the salary of all levels  what does a backend developer do  tous les salaires ";
        foreach (var regex in regexes)
        {
            regex.Compile(sample);
        }
    }

    public FrozenDictionary<string, Intent[]> ExactWords { get; }

    /// <summary>Words matched with typo tolerance, by first letter (a typo is not looked for there).</summary>
    public FrozenDictionary<char, (string Word, Intent Intent)[]> FuzzyWords { get; }

    public PhraseIndex<Intent> Phrases { get; }

    public IReadOnlyList<(TieredRegex Pattern, Intent Intent)> Patterns { get; }

    public FrozenDictionary<Language, FrozenSet<string>> Signals { get; }

    /// <summary>Countries by phrase, longest first, valued with the name to report.</summary>
    public PhraseIndex<string> Countries { get; }

    public PhraseIndex<string> CareerPathTitles { get; }

    /// <summary>The covered role and its career paths: never another role.</summary>
    public PhraseIndex<string> KnownRoles { get; }

    /// <summary>Other jobs, longest first.</summary>
    public PhraseIndex<string> OtherJobTitles { get; }

    public FrozenSet<string> JobNounsBefore { get; }

    public FrozenSet<string> JobNounsAfter { get; }

    public FrozenSet<string> NeutralQualifiers { get; }

    public TieredRegex UnitAfter { get; }

    public TieredRegex OneArticle { get; }

    public TieredRegex OrMoreBefore { get; }

    public TieredRegex OrMoreAfter { get; }

    public TieredRegex LessThanBefore { get; }

    public TieredRegex RangeOpenerBefore { get; }

    public TieredRegex RangeJoiner { get; }

    public TieredRegex AgeBefore { get; }

    public TieredRegex AgeAfter { get; }

    public TieredRegex AmbiguousAgeBefore { get; }

    public TieredRegex ExperienceAfter { get; }

    public TieredRegex ExperienceBefore { get; }

    public TieredRegex OtherUnitAfter { get; }

    public TieredRegex StartCue { get; }

    /// <summary>A month named right after a start word, without a year ("since January", "depuis mars").</summary>
    public TieredRegex MonthAfterStart { get; }

    /// <summary>"last year" (group <c>last</c>) or "this year" (group <c>this</c>) in either language.</summary>
    public TieredRegex RelativeYear { get; }

    /// <summary>A year written in full, with the month right before it when there is one ("march 2015", "03/2015"):
    /// groups <c>year</c>, <c>month</c> (a month name) or <c>number</c> (a month number).</summary>
    public TieredRegex WrittenDate { get; }

    public TieredRegex RelativeDate { get; }

    public TieredRegex NoExperience { get; }

    public TieredRegex FollowUp { get; }

    private static string Pad(string tokens) => $" {tokens} ";

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
    /// moves on at once instead of trying each phrase.</summary>
    private static string Alternation(IEnumerable<string> phrases)
    {
        var folded = phrases
            .Select(TextNormalizer.FoldText)
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToList();
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
