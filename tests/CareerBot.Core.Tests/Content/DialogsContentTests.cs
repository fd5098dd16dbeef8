using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;

namespace CareerBot.Core.Tests.Content;

/// <summary>The real dialogs/ folder loads and holds every fact of the seed article, in both languages.</summary>
public sealed class DialogsContentTests
{
    private static readonly ContentCatalog Catalog = ContentLoader.Load(RepositoryRoot.Dialogs, MessageKeys.All, LimitIds.All);

    public static TheoryData<string> Languages => new(Catalog.Languages.Select(l => l.Language.Code));

    [Fact]
    public void Every_language_has_the_backend_developer_role()
    {
        foreach (var language in Catalog.Languages.Select(l => l.Language))
        {
            var role = Assert.Single(Catalog.For(language).Roles);
            Assert.Equal("backend-developer", role.Id);
            Assert.Equal($"{language.Code}/backend-developer.md:1", role.Source.ToString());
        }
    }

    [Fact]
    public void English_names_the_role_and_its_aliases()
    {
        var role = Role("en");

        Assert.Equal("backend developer", role.Name);
        Assert.Subset(
            new HashSet<string>(role.Aliases),
            new HashSet<string> { "back-end developer", "back end developer", "backend engineer", "backend dev" });
    }

    [Fact]
    public void French_names_the_role_and_its_aliases()
    {
        var role = Role("fr");

        Assert.Equal("développeur backend", role.Name);
        Assert.Subset(
            new HashSet<string>(role.Aliases),
            new HashSet<string> { "développeur back-end", "développeuse backend", "développeuse back-end", "ingénieur backend" });
    }

    [Fact]
    public void English_holds_the_summary_and_qualities_of_the_article()
    {
        var role = Role("en");

        Assert.Contains("develop and maintain back-end IT infrastructures", role.Summary, StringComparison.Ordinal);
        Assert.Contains("design and implementation of IT systems", role.Summary, StringComparison.Ordinal);
        Assert.Contains("development of the functionalities offered by the application", role.Summary, StringComparison.Ordinal);
        Assert.Contains("work both as part of a team and independently", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("solve complex IT problems", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("innovative solutions", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("listen to users", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("adapted to their needs", role.Qualities, StringComparison.Ordinal);
    }

    [Fact]
    public void French_holds_the_summary_and_qualities_of_the_article()
    {
        var role = Role("fr");

        Assert.Contains("développer et de maintenir les infrastructures informatiques back-end", role.Summary, StringComparison.Ordinal);
        Assert.Contains("conception et de la mise en œuvre des systèmes informatiques", role.Summary, StringComparison.Ordinal);
        Assert.Contains("développement des fonctionnalités proposées par l'application", role.Summary, StringComparison.Ordinal);
        Assert.Contains("en équipe qu'en autonomie", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("résoudre des problèmes informatiques complexes", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("solutions innovantes", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("écouter les utilisateurs", role.Qualities, StringComparison.Ordinal);
        Assert.Contains("adaptées", role.Qualities, StringComparison.Ordinal);
    }

    [Fact]
    public void English_lists_the_ten_missions_verbatim()
    {
        Assert.Equal(
            [
                "Implementation and maintenance of servers and databases.",
                "Create and update security systems.",
                "Optimize performance of existing web applications and create new ones.",
                "Creation and updating of backup and archiving programs.",
                "Development of user interfaces and interfaces between applications.",
                "API development and testing.",
                "Optimization of business processes and automation of repetitive tasks.",
                "Creation and deployment of performance monitoring systems.",
                "Design and implementation of cloud computing solutions.",
                "Documentation and training of users on new functionalities.",
            ],
            Role("en").Missions);
    }

    [Fact]
    public void French_lists_the_ten_missions()
    {
        Assert.Equal(
            [
                "Mise en place et maintenance des serveurs et des bases de données.",
                "Créer et mettre à jour les systèmes de sécurité.",
                "Optimiser les performances des applications web existantes et en créer de nouvelles.",
                "Création et mise à jour des programmes de sauvegarde et d'archivage.",
                "Développement des interfaces utilisateur et des interfaces entre applications.",
                "Développement et test d'API.",
                "Optimisation des processus métier et automatisation des tâches répétitives.",
                "Création et déploiement de systèmes de supervision des performances.",
                "Conception et mise en œuvre de solutions de cloud computing.",
                "Documentation et formation des utilisateurs aux nouvelles fonctionnalités.",
            ],
            Role("fr").Missions);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_five_salary_bands_hold_the_article_figures(string code)
    {
        var salaries = Role(code).Salaries;

        Assert.Equal("France", salaries.Country);
        Assert.Equal("EUR", salaries.Currency);
        Assert.Equal(
            [
                (0m, (decimal?)2m, 35_000m, 47_000m),
                (2m, 5m, 47_000m, 59_000m),
                (5m, 10m, 59_000m, 73_000m),
                (10m, 15m, 73_000m, 88_000m),
                (15m, null, 88_000m, 105_000m),
            ],
            salaries.Bands.Select(b => (b.FromYears, b.ToYears, b.Minimum, b.Maximum)));
    }

    [Fact]
    public void The_salary_context_names_experience_skills_and_company_size()
    {
        var english = Role("en").Salaries.Context;
        var french = Role("fr").Salaries.Context;

        Assert.Contains("experience", english, StringComparison.Ordinal);
        Assert.Contains("skills", english, StringComparison.Ordinal);
        Assert.Contains("size of the company", english, StringComparison.Ordinal);
        Assert.Contains("expérience", french, StringComparison.Ordinal);
        Assert.Contains("compétences acquises", french, StringComparison.Ordinal);
        Assert.Contains("taille de l'entreprise", french, StringComparison.Ordinal);
    }

    [Fact]
    public void English_lists_the_five_career_paths()
    {
        Assert.Equal(
            ["IT project manager", "Application analyst", "Applications architect", "Software development consultant", "Technical manager"],
            Role("en").CareerPaths.Select(p => p.Title));
    }

    [Fact]
    public void French_lists_the_five_career_paths()
    {
        Assert.Equal(
            ["Chef de projet informatique", "Analyste d'applications", "Architecte d'applications", "Consultant en développement logiciel", "Responsable technique"],
            Role("fr").CareerPaths.Select(p => p.Title));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_language_has_a_welcome_message(string code)
    {
        Assert.NotEmpty(Catalog.For(Catalog.Find(code)!).Messages[MessageKeys.Welcome]);
    }

    private static Role Role(string code) => Catalog.For(Catalog.Find(code)!).Roles.Single(r => r.Id == "backend-developer");
}
