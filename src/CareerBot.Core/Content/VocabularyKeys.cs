namespace CareerBot.Core.Content;

/// <summary>The sections of <c>dialogs/{code}/vocabulary.md</c> the code reads. The words themselves are content; a
/// section missing from a language file simply has no words in that language. Sections named
/// <c>topic.{id}</c> are topics the content does not cover: each needs a limit <c>{id}</c> in every role file.</summary>
public static class VocabularyKeys
{
    /// <summary>The prefix of topic sections (<c>## topic.remote</c>).</summary>
    public const string TopicPrefix = "topic.";

    // What a message asks for.

    /// <summary>Pay in general ("salary", "how much", "dosh").</summary>
    public static readonly VocabularyKey Salary = Phrases("salary", "asks about pay");

    /// <summary>The whole salary table ("all salary ranges").</summary>
    public static readonly VocabularyKey Table = Phrases("table", "asks for every salary band");

    /// <summary>What the job is and does.</summary>
    public static readonly VocabularyKey Missions = Phrases("missions", "asks what the job involves");

    /// <summary>Qualities and skills.</summary>
    public static readonly VocabularyKey Qualities = Phrases("qualities", "asks what qualities or skills the job needs");

    /// <summary>Career paths, progression.</summary>
    public static readonly VocabularyKey CareerPaths = Phrases("career-paths", "asks where the career leads");

    /// <summary>Words that ask about career paths only when nothing else is asked ("become", "devenir").</summary>
    public static readonly VocabularyKey CareerPathsWeak = Phrases("career-paths.weak", "asks about career paths when nothing else is asked");

    /// <summary>Which roles CareerBot knows.</summary>
    public static readonly VocabularyKey Roles = Phrases("roles", "asks which roles CareerBot knows");

    /// <summary>Hello.</summary>
    public static readonly VocabularyKey Greeting = Phrases("greeting", "greets");

    /// <summary>Help.</summary>
    public static readonly VocabularyKey Help = Phrases("help", "asks what CareerBot can do");

    /// <summary>Thanks.</summary>
    public static readonly VocabularyKey Thanks = Phrases("thanks", "thanks");

    /// <summary>Goodbye.</summary>
    public static readonly VocabularyKey Goodbye = Phrases("goodbye", "says goodbye");

    /// <summary>Cancel.</summary>
    public static readonly VocabularyKey Cancel = Phrases("cancel", "drops the pending question");

    // The kind of figure asked.

    /// <summary>The highest figure.</summary>
    public static readonly VocabularyKey Highest = Phrases("figure.highest", "asks for the highest figure");

    /// <summary>The lowest or starting figure.</summary>
    public static readonly VocabularyKey Lowest = Phrases("figure.lowest", "asks for the lowest or starting figure");

    /// <summary>An average.</summary>
    public static readonly VocabularyKey Average = Phrases("figure.average", "asks for an average");

    /// <summary>A comparison ("vs", "compared to").</summary>
    public static readonly VocabularyKey Compare = Phrases("figure.compare", "compares two figures");

    /// <summary>Whether the pay is good.</summary>
    public static readonly VocabularyKey WellPaid = Phrases("figure.well-paid", "asks whether the job pays well");

    /// <summary>Net pay.</summary>
    public static readonly VocabularyKey Net = Phrases("figure.net", "asks about net pay");

    /// <summary>Gross pay.</summary>
    public static readonly VocabularyKey Gross = Phrases("figure.gross", "asks about gross pay");

    /// <summary>Per month.</summary>
    public static readonly VocabularyKey Monthly = Phrases("figure.monthly", "asks for a monthly figure");

    /// <summary>Per hour.</summary>
    public static readonly VocabularyKey Hourly = Phrases("figure.hourly", "asks for an hourly rate");

    /// <summary>Per day.</summary>
    public static readonly VocabularyKey Daily = Phrases("figure.daily", "asks for a daily rate");

    /// <summary>Freelance.</summary>
    public static readonly VocabularyKey Freelance = Phrases("figure.freelance", "asks about freelance work");

    /// <summary>A raise, being underpaid.</summary>
    public static readonly VocabularyKey Raise = Phrases("figure.raise", "asks about a raise or being underpaid");

    // Titles instead of years.

    /// <summary>Junior, beginner.</summary>
    public static readonly VocabularyKey Junior = Phrases("level.junior", "a beginner's title");

    /// <summary>Mid-level.</summary>
    public static readonly VocabularyKey Mid = Phrases("level.mid", "a mid-career title");

    /// <summary>Senior, experienced.</summary>
    public static readonly VocabularyKey Senior = Phrases("level.senior", "an experienced person's title");

    // Years of experience.

    /// <summary>Units meaning years.</summary>
    public static readonly VocabularyKey YearUnits = Phrases("experience.year-units", "units meaning years");

    /// <summary>Units meaning months.</summary>
    public static readonly VocabularyKey MonthUnits = Phrases("experience.month-units", "units meaning months");

    /// <summary>Units meaning ten years.</summary>
    public static readonly VocabularyKey DecadeUnits = Phrases("experience.decade-units", "units meaning ten years");

    /// <summary>Half a unit more ("and a half").</summary>
    public static readonly VocabularyKey Halves = Phrases("experience.halves", "half a unit more");

    /// <summary>Articles meaning one before a unit ("a year").</summary>
    public static readonly VocabularyKey OneArticles = Phrases("experience.one-articles", "one, before a unit");

    /// <summary>Words naming experience near a figure.</summary>
    public static readonly VocabularyKey ExperienceWords = Phrases("experience.words", "words naming experience");

    /// <summary>Grammar words between a figure and an experience word ("of", "d'").</summary>
    public static readonly VocabularyKey ExperienceLinks = Phrases("experience.links", "grammar words between a figure and experience");

    /// <summary>"or more" before a figure.</summary>
    public static readonly VocabularyKey OrMoreBefore = Phrases("experience.or-more-before", "\"or more\", before a figure");

    /// <summary>"or more" after a figure.</summary>
    public static readonly VocabularyKey OrMoreAfter = Phrases("experience.or-more-after", "\"or more\", after a figure");

    /// <summary>"less than" before a figure.</summary>
    public static readonly VocabularyKey LessThanBefore = Phrases("experience.less-than-before", "\"less than\", before a figure");

    /// <summary>A minus sign in words before a figure ("minus 3").</summary>
    public static readonly VocabularyKey MinusBefore = Phrases("experience.minus-before", "a minus sign in words, before a figure");

    /// <summary>Words opening a range ("between").</summary>
    public static readonly VocabularyKey RangeOpeners = Phrases("experience.range-openers", "words opening a range");

    /// <summary>Words joining a range's ends ("to").</summary>
    public static readonly VocabularyKey RangeJoiners = Phrases("experience.range-joiners", "words joining a range's ends");

    /// <summary>"and", a joiner only after a range opener.</summary>
    public static readonly VocabularyKey RangeAnd = Phrases("experience.range-and", "\"and\" in a range");

    /// <summary>Words before a figure making it an age.</summary>
    public static readonly VocabularyKey AgeBefore = Phrases("experience.age-before", "words before an age");

    /// <summary>Words after a figure making it an age.</summary>
    public static readonly VocabularyKey AgeAfter = Phrases("experience.age-after", "words after an age");

    /// <summary>Words before "N years" making it an age unless experience is named ("j'ai 41 ans").</summary>
    public static readonly VocabularyKey AmbiguousAgeBefore = Phrases("experience.ambiguous-age-before", "words before an age or a duration");

    /// <summary>Units making a figure something other than years.</summary>
    public static readonly VocabularyKey OtherUnits = Phrases("experience.other-units", "units of other quantities");

    /// <summary>Words saying a date is when the career started.</summary>
    public static readonly VocabularyKey StartWords = Phrases("experience.start-words", "words saying when a career started");

    /// <summary>Grammar words between a start word and a month ("in", "last").</summary>
    public static readonly VocabularyKey StartLinks = Phrases("experience.start-links", "grammar words between a start word and a month");

    /// <summary>Month names with their numbers.</summary>
    public static readonly VocabularyKey Months = Numbers("experience.months", "month names");

    /// <summary>Last year.</summary>
    public static readonly VocabularyKey LastYear = Phrases("experience.last-year", "last year");

    /// <summary>This year.</summary>
    public static readonly VocabularyKey ThisYear = Phrases("experience.this-year", "this year");

    /// <summary>Words of relative dates.</summary>
    public static readonly VocabularyKey RelativeDates = Phrases("experience.relative-dates", "words of relative dates");

    /// <summary>No experience yet (zero years).</summary>
    public static readonly VocabularyKey NoExperience = Phrases("experience.none", "no experience yet");

    /// <summary>Internships.</summary>
    public static readonly VocabularyKey Internships = Phrases("experience.internships", "internships");

    /// <summary>Number words the number model does not know ("a dozen").</summary>
    public static readonly VocabularyKey NumberWords = Numbers("numbers", "number words");

    // Money the user states ("55k").

    /// <summary>Thousands ("k").</summary>
    public static readonly VocabularyKey Thousands = Phrases("money.thousands", "thousands, after an amount");

    /// <summary>The currency ("euros").</summary>
    public static readonly VocabularyKey Currency = Phrases("money.currency", "the currency, near an amount");

    // Who and what the message is about.

    /// <summary>Other jobs.</summary>
    public static readonly VocabularyKey OtherRoles = Phrases("roles.other", "jobs CareerBot does not cover");

    /// <summary>Job nouns a qualifier turns into a job.</summary>
    public static readonly VocabularyKey JobNouns = Phrases("roles.job-nouns", "job nouns (\"developer\")");

    /// <summary>Words next to a job noun that do not make another job.</summary>
    public static readonly VocabularyKey NeutralQualifiers = Phrases("roles.neutral-qualifiers", "words that do not make another job");

    /// <summary>Second halves of two-word qualifiers ("front end").</summary>
    public static readonly VocabularyKey CompoundTails = Phrases("roles.compound-tails", "second halves of two-word qualifiers");

    /// <summary>Words before the speaker's own job ("I'm a").</summary>
    public static readonly VocabularyKey Self = Phrases("subject.self", "words before the speaker's own job");

    /// <summary>Words before the job the speaker wants ("become", "move to").</summary>
    public static readonly VocabularyKey Target = Phrases("subject.target", "words before a job the speaker wants");

    /// <summary>Someone else the question is about ("a candidate").</summary>
    public static readonly VocabularyKey ThirdParty = Phrases("subject.third-party", "someone else the question is about");

    /// <summary>Countries and cities abroad.</summary>
    public static readonly VocabularyKey Abroad = Map("places.abroad", "places abroad");

    /// <summary>The home country.</summary>
    public static readonly VocabularyKey Home = Phrases("places.home", "the home country");

    /// <summary>Cities of the home country.</summary>
    public static readonly VocabularyKey Cities = Map("places.cities", "cities of the home country");

    /// <summary>Regions of the home country, in general.</summary>
    public static readonly VocabularyKey Regions = Phrases("places.regions", "regions of the home country");

    // The conversation.

    /// <summary>Openers of follow-ups ("and with").</summary>
    public static readonly VocabularyKey FollowUps = Phrases("follow-up.openers", "openers of follow-ups");

    /// <summary>Fillers before a follow-up ("ok", "so").</summary>
    public static readonly VocabularyKey Fillers = Phrases("follow-up.fillers", "fillers before a follow-up");

    /// <summary>Words of a personal question ("I", "my").</summary>
    public static readonly VocabularyKey Personal = Phrases("personal", "words of a personal question");

    /// <summary>Not knowing ("not sure").</summary>
    public static readonly VocabularyKey Unsure = Phrases("unsure", "not knowing");

    /// <summary>Frequent words: they tell the language, and are never corrected as typos.</summary>
    public static readonly VocabularyKey CommonWords = Phrases("common-words", "frequent words");

    /// <summary>Phrases that look like a request but are not ("how much experience"): their words count for nothing.</summary>
    public static readonly VocabularyKey Ignore = Phrases("ignore", "phrases whose words count for nothing");

    /// <summary>Abbreviations and slang spellings with what they stand for ("cb = combien").</summary>
    public static readonly VocabularyKey Abbreviations = Map("abbreviations", "abbreviations");

    /// <summary>Every key the code reads.</summary>
    public static IReadOnlyList<VocabularyKey> All { get; } =
    [
        Salary, Table, Missions, Qualities, CareerPaths, CareerPathsWeak, Roles, Greeting, Help, Thanks, Goodbye, Cancel,
        Highest, Lowest, Average, Compare, WellPaid, Net, Gross, Monthly, Hourly, Daily, Freelance, Raise,
        Junior, Mid, Senior,
        YearUnits, MonthUnits, DecadeUnits, Halves, OneArticles, ExperienceWords, ExperienceLinks, OrMoreBefore,
        OrMoreAfter, LessThanBefore, MinusBefore, RangeOpeners, RangeJoiners, RangeAnd, AgeBefore, AgeAfter, AmbiguousAgeBefore,
        OtherUnits, StartWords, StartLinks, Months, LastYear, ThisYear, RelativeDates, NoExperience, Internships,
        NumberWords, Thousands, Currency,
        OtherRoles, JobNouns, NeutralQualifiers, CompoundTails, Self, Target, ThirdParty,
        Abroad, Home, Cities, Regions,
        FollowUps, Fillers, Personal, Unsure, Ignore, CommonWords, Abbreviations,
    ];

    private static VocabularyKey Phrases(string name, string meaning) => new(name, VocabularyKind.Phrases, meaning);

    private static VocabularyKey Map(string name, string meaning) => new(name, VocabularyKind.Map, meaning);

    private static VocabularyKey Numbers(string name, string meaning) => new(name, VocabularyKind.Numbers, meaning);
}
