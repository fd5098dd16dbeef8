using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>The vocabularies of every language, folded, tokenised and compiled once into look-up tables and regexes.
/// Immutable, so shared by every request.</summary>
internal sealed class VocabularyIndex
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    public VocabularyIndex(IReadOnlyList<LanguageVocabulary> vocabularies)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        Vocabularies = vocabularies;
        var all = vocabularies;

        var exact = new Dictionary<string, HashSet<Intent>>(StringComparer.Ordinal);
        var fuzzy = new List<(string, Intent)>();
        var phrases = new List<(string, Intent)>();
        var patterns = new List<(Regex, Intent)>();
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
            patterns.AddRange((terms.Patterns ?? []).Select(p => (new Regex(p, Options), terms.Intent)));
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
        UnitAfter = new Regex(
            $@"\G\s*(?<plus>\+\s*)?(?<half>{halves}\s*)?(?:(?<y>{years})|(?<m>{months})|(?<d>{decades}))(?<plus2>\s*\+)?(?<half2>\s*{halves})?",
            Options);
        OneArticle = new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{Alternation(all.SelectMany(v => v.OneArticles))})\s+(?=(?:{years}|{months}|{decades}))",
            Options);
        OrMoreBefore = Before(all.SelectMany(v => v.OrMoreBefore));
        OrMoreAfter = new Regex($@"\G\s*(?:{Alternation(all.SelectMany(v => v.OrMoreAfter))})", Options);
        LessThanBefore = Before(all.SelectMany(v => v.LessThanBefore));
        RangeOpenerBefore = Before(all.SelectMany(v => v.RangeOpeners));
        RangeJoiner = new Regex(
            $@"^\s*(?:-|~|/|(?<word>{Alternation(all.SelectMany(v => v.RangeJoiners))})|(?<and>{Alternation(all.SelectMany(v => v.RangeAnd))}))\s*$",
            Options);
        AgeBefore = Before(all.SelectMany(v => v.AgeBefore));
        AgeAfter = new Regex(
            $@"\G\s*(?:(?:{years})\s*)?(?:{Alternation(all.SelectMany(v => v.AgeAfter))})",
            Options);
        AmbiguousAgeBefore = Before(all.SelectMany(v => v.AmbiguousAgeBefore));
        var experience = Alternation(all.SelectMany(v => v.ExperienceWords));
        ExperienceAfter = new Regex($@"\G[\s,]*(?:(?:of|de|in|en)\s+)?(?:{experience})", Options);
        ExperienceBefore = new Regex($@"(?:{experience})\s*(?:of|de|:|=|-)?\s*$", Options | RegexOptions.RightToLeft);
        OtherUnitAfter = new Regex($@"\G\s*(?:{Alternation(all.SelectMany(v => v.OtherUnits))})", Options);
        var startWords = Alternation(all.SelectMany(v => v.StartWords));
        StartCue = new Regex(startWords, Options);
        MonthAfterStart = new Regex(
            $@"(?:{startWords})\s+(?:(?:in|on|of|last|the|month|en|de|le|mois)\s+){{0,3}}(?<month>{Alternation(all.SelectMany(v => v.MonthNames))})",
            Options);
        RelativeYear = new Regex(
            $"(?<last>{Alternation(all.SelectMany(v => v.LastYear))})|(?<this>{Alternation(all.SelectMany(v => v.ThisYear))})",
            Options);
        RelativeDate = new Regex(Alternation(all.SelectMany(v => v.RelativeDateWords)), Options);
        NoExperience = new Regex(Alternation(all.SelectMany(v => v.NoExperience)), Options);
        var fillers = Alternation(all.SelectMany(v => v.Fillers));
        FollowUp = new Regex(
            $@"^[\s,.!]*(?:{fillers}[\s,.!]*)*(?:{Alternation(all.SelectMany(v => v.FollowUpOpeners))})",
            Options);
    }

    /// <summary>The index of English and French, built once.</summary>
    public static VocabularyIndex Shared { get; } = new([EnglishVocabulary.Instance, FrenchVocabulary.Instance]);

    public IReadOnlyList<LanguageVocabulary> Vocabularies { get; }

    public FrozenDictionary<string, Intent[]> ExactWords { get; }

    /// <summary>Words matched with typo tolerance, by first letter (a typo is not looked for there).</summary>
    public FrozenDictionary<char, (string Word, Intent Intent)[]> FuzzyWords { get; }

    public PhraseIndex<Intent> Phrases { get; }

    public IReadOnlyList<(Regex Pattern, Intent Intent)> Patterns { get; }

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

    public Regex UnitAfter { get; }

    public Regex OneArticle { get; }

    public Regex OrMoreBefore { get; }

    public Regex OrMoreAfter { get; }

    public Regex LessThanBefore { get; }

    public Regex RangeOpenerBefore { get; }

    public Regex RangeJoiner { get; }

    public Regex AgeBefore { get; }

    public Regex AgeAfter { get; }

    public Regex AmbiguousAgeBefore { get; }

    public Regex ExperienceAfter { get; }

    public Regex ExperienceBefore { get; }

    public Regex OtherUnitAfter { get; }

    public Regex StartCue { get; }

    /// <summary>A month named right after a start word, without a year ("since January", "depuis mars").</summary>
    public Regex MonthAfterStart { get; }

    /// <summary>"last year" (group <c>last</c>) or "this year" (group <c>this</c>) in either language.</summary>
    public Regex RelativeYear { get; }

    public Regex RelativeDate { get; }

    public Regex NoExperience { get; }

    public Regex FollowUp { get; }

    private static string Pad(string tokens) => $" {tokens} ";

    private static IEnumerable<string> SignalTokens(string entry)
    {
        var tokens = TextNormalizer.ToTokens(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length == 1 ? tokens : tokens.Where(t => t.Length >= 2);
    }

    // A phrase ending the text before a figure: read right to left, the regex tries the end of the text only, not
    // every position of it.
    private static Regex Before(IEnumerable<string> phrases) =>
        new($@"(?:{Alternation(phrases)})\s*$", Options | RegexOptions.RightToLeft);

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
