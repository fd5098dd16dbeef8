using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>The kind of salary figure a message asks for (<see cref="Frame.Figures"/>), the titles it uses instead of
/// years (<see cref="Frame.Levels"/>), the pay it states as the user's own, internships, and whether it compares the
/// career paths' pay.</summary>
public sealed class FrameFiguresTests
{
    [Theory]
    // a band or the table: no particular figure
    [InlineData("What is the salary of a backend developer?", "en-US", Figures.None)]
    [InlineData("what's the salary with 5 years?", "en-US", Figures.None)]
    [InlineData("quel est le salaire ?", "fr-FR", Figures.None)]
    // highest, lowest, average
    [InlineData("What's the highest salary a backend developer can get?", "en-US", Figures.Highest)]
    [InlineData("what's the max salary", "en-US", Figures.Highest)]
    [InlineData("top pay for backend devs?", "en-US", Figures.Highest)]
    [InlineData("what is the lowest salary", "en-US", Figures.Lowest)]
    [InlineData("What's the starting salary for a fresh graduate?", "en-US", Figures.Lowest)]
    [InlineData("entry level pay", "en-US", Figures.Lowest)]
    [InlineData("What's the average salary of a backend developer?", "en-US", Figures.Average)]
    [InlineData("median salary", "en-US", Figures.Average)]
    [InlineData("avg salary", "en-US", Figures.Average)]
    [InlineData("what's the starting pay", "en-US", Figures.Lowest)]
    [InlineData("whats the lowest they pay", "en-US", Figures.Lowest)]
    [InlineData("best salary possible", "en-US", Figures.Highest)]
    [InlineData("what is the ceiling", "en-US", Figures.Highest)]
    [InlineData("Quel est le salaire maximum d'un développeur backend ?", "fr-FR", Figures.Highest)]
    [InlineData("le salaire le plus élevé", "fr-FR", Figures.Highest)]
    [InlineData("salaire de départ", "fr-FR", Figures.Lowest)]
    [InlineData("salaire minimum", "fr-FR", Figures.Lowest)]
    [InlineData("le salaire moyen", "fr-FR", Figures.Average)]
    [InlineData("salaire median", "fr-FR", Figures.Average)]
    [InlineData("salaire max", "fr-FR", Figures.Highest)]
    [InlineData("salaire à l'embauche", "fr-FR", Figures.Lowest)]
    [InlineData("salaire moyen d'un dev back", "fr-FR", Figures.Average)]
    // comparisons
    [InlineData("junior vs senior salary?", "en-US", Figures.Compare)]
    [InlineData("compare junior and senior", "en-US", Figures.Compare)]
    [InlineData("salary with 3 vs 12 years", "en-US", Figures.Compare)]
    [InlineData("Salaire junior vs senior ?", "fr-FR", Figures.Compare)]
    [InlineData("comparer junior et senior", "fr-FR", Figures.Compare)]
    [InlineData("5 ans contre 15 ans", "fr-FR", Figures.Compare)]
    // is it well paid
    [InlineData("Is it well paid?", "en-US", Figures.WellPaid)]
    [InlineData("is backend development lucrative?", "en-US", Figures.WellPaid)]
    [InlineData("does it pay well", "en-US", Figures.WellPaid)]
    [InlineData("C'est bien payé ?", "fr-FR", Figures.WellPaid)]
    [InlineData("c'est mal payé ?", "fr-FR", Figures.WellPaid)]
    [InlineData("ça gagne bien ?", "fr-FR", Figures.WellPaid)]
    // net and gross, per month
    [InlineData("Are these salaries net or gross?", "en-US", Figures.Net | Figures.Gross)]
    [InlineData("is that before tax?", "en-US", Figures.Gross)]
    [InlineData("take-home pay", "en-US", Figures.Net)]
    [InlineData("How much is that per month after tax with 4 years of experience?", "en-US", Figures.Net | Figures.Monthly)]
    [InlineData("net salary per month", "en-US", Figures.Net | Figures.Monthly)]
    [InlineData("monthly salary with 6 years", "en-US", Figures.Monthly)]
    [InlineData("how much do they make per month", "en-US", Figures.Monthly)]
    [InlineData("what's the monthly take home with 2 years", "en-US", Figures.Net | Figures.Monthly)]
    [InlineData("C'est du brut ou du net ?", "fr-FR", Figures.Gross | Figures.Net)]
    [InlineData("Combien en net par mois avec 3 ans d'expérience ?", "fr-FR", Figures.Net | Figures.Monthly)]
    [InlineData("salaire net", "fr-FR", Figures.Net)]
    [InlineData("salaire mensuel", "fr-FR", Figures.Monthly)]
    [InlineData("je touche 40k brut avec 2 ans d'xp", "fr-FR", Figures.Gross)]
    // rates and freelance
    [InlineData("What's the hourly rate for a backend developer?", "en-US", Figures.Hourly)]
    [InlineData("how much per hour", "en-US", Figures.Hourly)]
    [InlineData("What daily rate can I charge as a freelance backend developer?", "en-US", Figures.Daily | Figures.Freelance)]
    [InlineData("freelance rates", "en-US", Figures.Freelance)]
    [InlineData("how much as a contractor", "en-US", Figures.Freelance)]
    [InlineData("taux horaire", "fr-FR", Figures.Hourly)]
    [InlineData("Quel TJM pour un dev backend en freelance ?", "fr-FR", Figures.Daily | Figures.Freelance)]
    [InlineData("combien par jour en indépendant", "fr-FR", Figures.Daily | Figures.Freelance)]
    // a raise, being underpaid
    [InlineData("Should I ask for a raise? I have 6 years of experience and I earn 55k.", "en-US", Figures.Raise)]
    [InlineData("am I underpaid: 6 years, 52k", "en-US", Figures.Raise)]
    [InlineData("I make 48000 a year with 3 years, is that fair?", "en-US", Figures.Raise)]
    [InlineData("Dois-je demander une augmentation ? J'ai 7 ans d'expérience.", "fr-FR", Figures.Raise)]
    [InlineData("je gagne 52 000 € avec 6 ans, suis-je sous-payé ?", "fr-FR", Figures.Raise)]
    public void Reads_the_kind_of_figure_asked(string text, string? locale, Figures figures)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal(figures, frame.Figures);
    }

    [Theory]
    [InlineData("I'm a junior", "en-US", Levels.Junior)]
    [InlineData("salary for a newbie", "en-US", Levels.Junior)]
    [InlineData("what can I earn as a beginner", "en-US", Levels.Junior)]
    [InlineData("how much does a junior backend dev make", "en-US", Levels.Junior)]
    [InlineData("how much do seniors make", "en-US", Levels.Senior)]
    [InlineData("entry level pay", "en-US", Levels.Junior)]
    [InlineData("mid-level salary", "en-US", Levels.Mid)]
    [InlineData("I'm a senior backend developer, what's my salary range?", "en-US", Levels.Senior)]
    [InlineData("salary of an experienced backend dev", "en-US", Levels.Senior)]
    [InlineData("How many years does it take to become senior?", "en-US", Levels.Senior)]
    [InlineData("junior vs senior salary?", "en-US", Levels.Junior | Levels.Senior)]
    [InlineData("I have 5 years of experience", "en-US", Levels.None)]
    [InlineData("Je suis junior, combien je peux espérer ?", "fr-FR", Levels.Junior)]
    [InlineData("salaire d'un débutant", "fr-FR", Levels.Junior)]
    [InlineData("développeur confirmé", "fr-FR", Levels.Mid)]
    [InlineData("salaire d'un développeur expérimenté", "fr-FR", Levels.Senior)]
    [InlineData("Salaire junior vs senior ?", "fr-FR", Levels.Junior | Levels.Senior)]
    [InlineData("j'ai 5 ans d'expérience", "fr-FR", Levels.None)]
    public void Reads_titles_used_instead_of_years(string text, string? locale, Levels levels)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal(levels, frame.Levels);
    }

    [Theory]
    [InlineData("Should I ask for a raise? I have 6 years of experience and I earn 55k.", "en-US", 55_000, 6)]
    [InlineData("am I underpaid: 6 years, 52k", "en-US", 52_000, 6)]
    [InlineData("I make 48000 a year with 3 years, is that fair?", "en-US", 48_000, 3)]
    [InlineData("I earn €45,000 with 4 years", "en-US", 45_000, 4)]
    [InlineData("I earn 45,000 a year", "en-US", 45_000, null)]
    [InlineData("my salary is 50,000 euros", "en-US", 50_000, null)]
    [InlineData("45k", "en-US", 45_000, null)]
    [InlineData("is 50k good for a backend dev with 5 years?", "en-US", 50_000, 5)]
    [InlineData("I'm on 42k with 3 yrs", "en-US", 42_000, 3)]
    [InlineData("got an offer at 47k, 2 years exp, is it fair?", "en-US", 47_000, 2)]
    [InlineData("I earn 60 000 euros", "en-US", 60_000, null)]
    [InlineData("je gagne 52 000 € avec 6 ans, suis-je sous-payé ?", "fr-FR", 52_000, 6)]
    [InlineData("je touche 40k brut avec 2 ans d'xp", "fr-FR", 40_000, 2)]
    [InlineData("j'ai 6 ans d'xp et je gagne 45 000 €, c'est normal ?", "fr-FR", 45_000, 6)]
    [InlineData("je suis payé 38k", "fr-FR", 38_000, null)]
    [InlineData("50 000 €", "fr-FR", 50_000, null)]
    [InlineData("52 000 € brut", "fr-FR", 52_000, null)]
    [InlineData("45 k€", "fr-FR", 45_000, null)]
    public void Reads_the_yearly_pay_the_user_states_apart_from_the_years(string text, string? locale, int pay, int? years)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal((decimal)pay, frame.StatedPay);
        Assert.Equal(years is null ? null : Experience.Exactly(years.Value), frame.Experience);
        Assert.Null(frame.ImplausibleYears);
    }

    [Theory]
    [InlineData("I earn 3000 a month", "en-US")]
    [InlineData("je gagne 3000 € par mois", "fr-FR")]
    [InlineData("I have 5 years of experience", "en-US")]
    [InlineData("what's the salary with 12 years?", "en-US")]
    public void States_no_yearly_pay_without_a_yearly_amount(string text, string? locale)
    {
        Assert.Null(Recognizers.Shared.Recognize(text, locale).StatedPay);
    }

    [Theory]
    [InlineData("I've done 3 internships, what salary can I ask for?", "en-US", true)]
    [InlineData("I did an internship", "en-US", true)]
    [InlineData("after two internships what can I expect", "en-US", true)]
    [InlineData("j'ai fait trois stages, quel salaire ?", "fr-FR", true)]
    [InlineData("après deux stages et une alternance", "fr-FR", true)]
    [InlineData("je suis en alternance", "fr-FR", true)]
    [InlineData("I have 3 years of experience", "en-US", false)]
    [InlineData("j'ai 3 ans d'expérience", "fr-FR", false)]
    public void Counts_internships_apart_from_years(string text, string? locale, bool internships)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal(internships, frame.Internships);
        if (internships)
        {
            Assert.Null(frame.Experience);
            Assert.Null(frame.BareNumber);
        }
    }

    [Theory]
    [InlineData("Which career path pays the most?", "en-US", true)]
    [InlineData("which career path is the best paid?", "en-US", true)]
    [InlineData("Quelle évolution de carrière paie le mieux ?", "fr-FR", true)]
    [InlineData("what are the career paths? and what's the highest salary?", "en-US", false)]
    [InlineData("What's the highest salary a backend developer can get?", "en-US", false)]
    [InlineData("career paths", "en-US", false)]
    [InlineData("le salaire le plus élevé", "fr-FR", false)]
    public void Tells_a_comparison_of_the_career_paths_pay(string text, string? locale, bool compares)
    {
        Assert.Equal(compares, Recognizers.Shared.Recognize(text, locale).ComparesCareerPaths);
    }
}
