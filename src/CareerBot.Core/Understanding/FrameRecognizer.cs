using CareerBot.Core.Content;
using CareerBot.Core.Languages;

namespace CareerBot.Core.Understanding;

/// <summary>Understands a message in any language of the content: the language to answer in, then, on the message
/// with abbreviations and typos rewritten, every phrase of the vocabularies and roles it holds, the years of
/// experience and amounts, and who and where it is about. Deterministic, in-process and thread-safe: one instance
/// serves every request. Never throws on user text; only the first <see cref="TextNormalizer.MaxLength"/> characters
/// are read.</summary>
public sealed class FrameRecognizer : IFrameRecognizer
{
    /// <summary>Messages longer than this (in words) are not read as a request for help or to cancel.</summary>
    private const int MaxShortWords = 8;

    private static readonly (Cue Cue, Requests Request)[] RequestCues =
    [
        (Cue.Salary, Requests.Salary), (Cue.Table, Requests.Table), (Cue.Missions, Requests.Missions),
        (Cue.Qualities, Requests.Qualities), (Cue.CareerPaths, Requests.CareerPaths), (Cue.Roles, Requests.Roles),
        (Cue.Greeting, Requests.Greeting), (Cue.Help, Requests.Help), (Cue.Thanks, Requests.Thanks),
        (Cue.Goodbye, Requests.Goodbye), (Cue.Cancel, Requests.Cancel),
    ];

    private static readonly (Cue Cue, Figures Figure)[] FigureCues =
    [
        (Cue.Highest, Figures.Highest), (Cue.Lowest, Figures.Lowest), (Cue.Average, Figures.Average),
        (Cue.Compare, Figures.Compare), (Cue.WellPaid, Figures.WellPaid), (Cue.Net, Figures.Net),
        (Cue.Gross, Figures.Gross), (Cue.Monthly, Figures.Monthly), (Cue.Hourly, Figures.Hourly),
        (Cue.Daily, Figures.Daily), (Cue.Freelance, Figures.Freelance), (Cue.Raise, Figures.Raise),
    ];

    /// <summary>Requests that a longer phrase of another cue swallows (salary, personal and figure cues always count).</summary>
    private static readonly HashSet<Cue> Subordinate =
        [Cue.Missions, Cue.Qualities, Cue.CareerPaths, Cue.CareerPathsWeak, Cue.Roles, Cue.Greeting, Cue.Help, Cue.Thanks, Cue.Goodbye, Cue.Cancel];

    private const Requests Content = Requests.Salary | Requests.Table | Requests.Missions | Requests.Qualities
        | Requests.CareerPaths | Requests.Roles;

    private readonly ContentCatalog catalog;
    private readonly VocabularyIndex index;
    private readonly LanguageDetector languages;
    private readonly ExperienceExtractor experience;
    private readonly SubjectExtractor subjects;

    /// <summary>Creates a recognizer for the languages and roles of <paramref name="catalog"/>, sharing
    /// <paramref name="models"/> (build them once per process).</summary>
    /// <param name="catalog">The content: vocabularies and roles.</param>
    /// <param name="models">The recognizer models, built lazily once per culture.</param>
    /// <param name="timeProvider">Today, for "since 2019".</param>
    public FrameRecognizer(ContentCatalog catalog, RecognizerModels models, TimeProvider timeProvider)
    {
        this.catalog = catalog;
        index = VocabularyIndex.For(catalog);
        languages = new LanguageDetector(index);
        experience = new ExperienceExtractor(index, models, timeProvider);
        subjects = new SubjectExtractor(index);
    }

    /// <inheritdoc />
    public Frame Recognize(string text, string? locale, Language? remembered = null)
    {
        var original = TextNormalizer.Normalize(text);
        var language = languages.Detect(original, catalog.Find(locale), remembered);
        if (original.TokenCount == 0)
        {
            // Only punctuation: a lone "?" asks what CareerBot can do.
            return new Frame { Language = language, Requests = original.Original.Contains('?', StringComparison.Ordinal) ? Requests.Help : Requests.None };
        }

        var words = index.Corrector.Correct(original);
        var matches = WithoutContained(WithoutIgnored(index.Phrases.Matches(words.Words)), words);
        var cues = new HashSet<Cue>();
        var topics = new List<string>();
        PhraseMatch<Concept>? abroad = null;
        PhraseMatch<Concept>? city = null;
        foreach (var match in matches)
        {
            switch (match.Value.Kind)
            {
                case ConceptKind.Cue:
                    cues.Add(match.Value.Cue);
                    break;
                case ConceptKind.Topic when !topics.Contains(match.Value.Value!):
                    topics.Add(match.Value.Value!);
                    break;
                case ConceptKind.Abroad:
                    abroad ??= match;
                    break;
                case ConceptKind.City:
                    city ??= match;
                    break;
            }
        }

        var payPhrases = matches.Where(m => m.Value is { Kind: ConceptKind.Cue, Cue: Cue.Salary })
            .Select(m => new Range(words.TokenStarts[m.Start], words.TokenEnds[m.End - 1])).ToList();
        var reading = experience.Extract(words, language, payPhrases);
        var subject = subjects.Extract(words, matches);
        var figures = FigureCues.Where(f => cues.Contains(f.Cue)).Aggregate(Figures.None, (all, f) => all | f.Figure);
        var levels = (cues.Contains(Cue.Junior) ? Levels.Junior : Levels.None) | (cues.Contains(Cue.Senior) ? Levels.Senior : Levels.None)
            | (cues.Contains(Cue.Mid) ? Levels.Mid : Levels.None);
        var requests = AskedFor(cues, subject, levels, words.TokenCount, figures != Figures.None || reading.Experiences.Count > 0 || topics.Count > 0);
        var experiences = reading.Experiences;
        if (figures.HasFlag(Figures.Compare) && experiences is [{ UpToYears: { } upTo } range])
        {
            // "the difference between 2 and 10 years": two figures side by side, not a span.
            experiences = [Experience.Exactly(range.Years), Experience.Exactly(upTo)];
        }

        var other = experiences.Count > 1 ? experiences[1]
            : experiences.Count == 1 && figures.HasFlag(Figures.Compare) && reading.BareNumber is { } bare and >= 0 and <= ExperienceExtractor.MaxYears ? Experience.Exactly(bare)
            : null;
        return new Frame
        {
            Language = language,
            Requests = requests,
            Figures = figures,
            Levels = levels,
            Experience = experiences.Count > 0 ? experiences[0] : null,
            OtherExperience = other,
            ImplausibleYears = reading.ImplausibleYears,
            BareNumber = experiences.Count == 0 ? reading.BareNumber : null,
            Internships = cues.Contains(Cue.Internships),
            StatedPay = reading.StatedPay,
            Subject = subject,
            Place = PlaceOf(language, abroad, city, cues.Contains(Cue.Regions)),
            Topics = topics,
            ComparesCareerPaths = InOneClause(words, matches, [Cue.CareerPaths, Cue.CareerPathsWeak], [Cue.Highest, Cue.Compare]),
            Personal = cues.Contains(Cue.Personal) && !cues.Contains(Cue.ThirdParty),
            Unsure = cues.Contains(Cue.Unsure),
            FollowUp = index.FollowUp.IsMatch(words.Folded),
            HasWords = true,
        };
    }

    /// <inheritdoc />
    public void WarmUp(Language language, bool full = true)
    {
        ArgumentNullException.ThrowIfNull(language);

        // Builds (or waits for) the language's number model and runs the code every message takes.
        _ = Recognize(catalog.For(language).Vocabulary.WarmUpSample, language.Code);
        if (full)
        {
            index.CompileRegexes();
        }
    }

    private static Requests AskedFor(HashSet<Cue> cues, Subject subject, Levels levels, int wordCount, bool aboutPay)
    {
        var requests = RequestCues.Where(r => cues.Contains(r.Cue)).Aggregate(Requests.None, (all, r) => all | r.Request);
        var asksContent = (requests & Content) != 0;
        if (subject.CareerPath is not null && (requests & (Requests.Salary | Requests.Missions | Requests.Qualities)) == 0 && !aboutPay)
        {
            requests |= Requests.CareerPaths;
        }

        if (cues.Contains(Cue.CareerPathsWeak) && !asksContent && !aboutPay && levels == Levels.None && subject.RoleId is null)
        {
            requests |= Requests.CareerPaths;
        }

        asksContent = (requests & Content) != 0 || aboutPay;
        if (requests.HasFlag(Requests.Cancel) && asksContent && wordCount > 6)
        {
            requests &= ~Requests.Cancel;
        }

        if (requests.HasFlag(Requests.Help) && (asksContent || wordCount > MaxShortWords))
        {
            requests &= ~Requests.Help;
        }

        return requests;
    }

    private Place? PlaceOf(Language language, PhraseMatch<Concept>? abroad, PhraseMatch<Concept>? city, bool regions)
    {
        var named = abroad ?? city;
        if (named is { } place)
        {
            var key = place.Value.Value!;
            var name = index.Places[language].GetValueOrDefault(key) ?? index.AnyPlace[key];
            return new Place(place.Value.Kind == ConceptKind.Abroad ? PlaceKind.Abroad : PlaceKind.City, name);
        }

        return regions ? new Place(PlaceKind.Regions, string.Empty) : null;
    }

    /// <summary>Whether a cue of <paramref name="first"/> and one of <paramref name="second"/> sit in one sentence and
    /// clause: no full stop, question mark or semicolon and no "and" of the vocabularies between them (a comma may
    /// part a sentence's own words: "among the paths, which one pays best?").</summary>
    private bool InOneClause(NormalizedText words, List<PhraseMatch<Concept>> matches, Cue[] first, Cue[] second)
    {
        foreach (var a in matches.Where(m => m.Value.Kind == ConceptKind.Cue && first.Contains(m.Value.Cue)))
        {
            foreach (var b in matches.Where(m => m.Value.Kind == ConceptKind.Cue && second.Contains(m.Value.Cue)))
            {
                var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
                if (to < from)
                {
                    return true;
                }

                var gapStart = from == 0 ? 0 : words.TokenEnds[from - 1];
                var gapEnd = to >= words.TokenCount ? words.Folded.Length : words.TokenStarts[to];
                var gap = words.Folded.AsSpan(gapStart, Math.Max(0, gapEnd - gapStart));
                if (gap.IndexOfAny(";.?!") < 0 && !index.IsClauseJoiner(words.Words, from, to))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The matches, less each request for a section inside a longer phrase of another cue ("en début de
    /// carrière" asks the lowest figure, not the career paths), and the topics inside a phrase saying the user has no
    /// experience yet ("just finished my degree" asks nothing about degrees).</summary>
    private List<PhraseMatch<Concept>> WithoutContained(List<PhraseMatch<Concept>> matches, NormalizedText words)
    {
        var fresh = index.NoExperience.Matches(words.Folded);
        return matches.Where(m => !(m.Value.Kind == ConceptKind.Cue && Subordinate.Contains(m.Value.Cue) && matches.Exists(o =>
                    o.Value.Kind == ConceptKind.Cue && o.Value.Cue != m.Value.Cue && o.Length > m.Length && o.Start <= m.Start && m.End <= o.End))
                && !(m.Value.Kind == ConceptKind.Topic && fresh.Any(f =>
                    f.Index <= words.TokenStarts[m.Start] && words.TokenEnds[m.End - 1] <= f.Index + f.Length)))
            .ToList();
    }

    /// <summary>The matches, less the cues inside a phrase of the <c>ignore</c> section ("how much experience" asks no
    /// salary); topics and roles there still count ("combien d'heures" is about working hours).</summary>
    private static List<PhraseMatch<Concept>> WithoutIgnored(List<PhraseMatch<Concept>> matches)
    {
        var ignored = matches.Where(m => m.Value.Kind == ConceptKind.Cue && m.Value.Cue == Cue.Ignore).ToList();
        return ignored.Count == 0
            ? matches
            : matches.Where(m => m.Value.Kind != ConceptKind.Cue || !ignored.Exists(i => m.Start < i.End && i.Start < m.End)).ToList();
    }
}
