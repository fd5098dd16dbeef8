using CareerBot.Core.Content;

namespace CareerBot.Core.Tests.Content;

/// <summary>A small, valid dialogs/ folder in a temp directory (two languages, one role), for breaking one thing at a time.</summary>
internal sealed class ContentFixture : IDisposable
{
    public static readonly IReadOnlyCollection<MessageKey> RequiredMessages =
    [
        new("welcome"),
        new("salary", "years", "min"),
    ];

    // Line numbers matter: the validation tests point at them.
    private const string EnglishMessages = """
        # Messages

        ## welcome

        Hello!

        ## salary

        With {years} years: **{min}**.

        """;

    private const string FrenchMessages = """
        # Messages

        ## welcome

        Bonjour !

        ## salary

        Avec {years} ans : **{min}**.

        """;

    private const string EnglishRole = """
        ---
        name: tester
        aliases: test engineer, QA
        country: France
        currency: EUR
        source-title: The tester's job
        source-abstract: What testers do, what it takes and what they earn.
        ---

        # Tester

        ## The role {#summary}

        Testers *test*.

        ## Missions {#missions}

        - Write tests.
        - Run tests.

        ## Qualities {#qualities}

        Patience.

        ## Salaries {#salaries}

        It depends.

        | Years | Minimum | Maximum |
        |-------|--------:|--------:|
        | 0–2   |  30,000 |  40,000 |
        | 2–5   |  40,000 |  50,000 |
        | 5+    |  50,000 |  60,000 |

        ## Career paths {#career-paths}

        - Test lead

        ## Limits {#limits}

        - net: No net pay.
        - remote (missions): No word on remote work.

        """;

    private const string FrenchRole = """
        ---
        name: testeur
        aliases:
          - testeuse
          - ingénieur test
        country: France
        currency: EUR
        source-title: Le métier de testeur
        source-abstract: Ce que font les testeurs, ce qu'il faut pour l'être et ce qu'ils gagnent.
        ---

        ## Le métier {#summary}

        Les testeurs *testent*.

        ## Missions {#missions}

        - Écrire des tests.
        - Lancer les tests.

        ## Qualités {#qualities}

        La patience.

        ## Salaires {#salaries}

        Cela dépend.

        | Années | Minimum | Maximum |
        |--------|--------:|--------:|
        | 0–2    |  30 000 |  40 000 |
        | 2–5    |  40 000 |  50 000 |
        | 5+     |  50 000 |  60 000 |

        ## Évolutions {#career-paths}

        - Responsable des tests

        ## Limites {#limits}

        - net: Pas de salaire net.
        - remote (missions): Rien sur le télétravail.

        """;

    private const string EnglishVocabulary = """
        ---
        name: English
        culture: en-US
        singular: one
        job-qualifier: before
        warm-up: What is the salary with five years of experience?
        ---

        # Words

        ## salary
        > Pay.
        salary, pay, how much

        ## places.abroad
        germany = Germany

        ## topic.remote
        remote, work from home

        """;

    private const string FrenchVocabulary = """
        ---
        name: French
        culture: fr-FR
        singular: below-two
        job-qualifier: after
        warm-up: Quel est le salaire avec cinq ans d'expérience ?
        ---

        ## salary
        salaire, combien

        ## topic.remote
        télétravail

        """;

    public ContentFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "careerbot-content-" + Guid.NewGuid().ToString("N"));
        Write("README.md", "# Not content\n\n## welcome\n");
        Write("en/messages.md", EnglishMessages);
        Write("fr/messages.md", FrenchMessages);
        Write("en/tester.md", EnglishRole);
        Write("fr/tester.md", FrenchRole);
        Write("en/vocabulary.md", EnglishVocabulary);
        Write("fr/vocabulary.md", FrenchVocabulary);
    }

    public string Root { get; }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Replaces the one occurrence of <paramref name="find"/> in a file; fails if the fixture no longer holds it.</summary>
    public void Replace(string relativePath, string find, string replacement)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public void Delete(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            Assert.True(File.Exists(path), relativePath);
            File.Delete(path);
        }
    }

    public ContentCatalog Load() => ContentLoader.Load(Root, RequiredMessages);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
