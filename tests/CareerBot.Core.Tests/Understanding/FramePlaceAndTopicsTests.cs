using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>Where a message asks about (<see cref="Frame.Place"/>: another country, a French city, the regions; France
/// as a whole is no place of its own) and the topics the content does not cover (<see cref="Frame.Topics"/>, by limit
/// id).</summary>
public sealed class FramePlaceAndTopicsTests
{
    [Theory]
    // another country, or a city abroad, named in the answer's language
    [InlineData("what's the salary in Germany?", "en-US", PlaceKind.Abroad, "Germany")]
    [InlineData("and in the US?", "en-US", PlaceKind.Abroad, "the US")]
    [InlineData("salary in the USA", "en-US", PlaceKind.Abroad, "the USA")]
    [InlineData("how much in the UK", "en-US", PlaceKind.Abroad, "the UK")]
    [InlineData("in canada", "en-US", PlaceKind.Abroad, "Canada")]
    [InlineData("salary in Switzerland with 5 years", "en-US", PlaceKind.Abroad, "Switzerland")]
    [InlineData("What's the salary of a backend developer in London?", "en-US", PlaceKind.Abroad, "London")]
    [InlineData("do backend devs earn more abroad?", "en-US", PlaceKind.Abroad, "other countries")]
    [InlineData("salary in Berlin", "en-US", PlaceKind.Abroad, "Berlin")]
    [InlineData("what about Spain?", "en-US", PlaceKind.Abroad, "Spain")]
    [InlineData("in New York", "en-US", PlaceKind.Abroad, "New York")]
    [InlineData("salary in Quebec", "en-US", PlaceKind.Abroad, "Quebec")]
    [InlineData("working in Belgium", "en-US", PlaceKind.Abroad, "Belgium")]
    [InlineData("what's the salary in Germany?", "fr-FR", PlaceKind.Abroad, "Germany")]
    [InlineData("Et en Suisse, c'est combien ?", "fr-FR", PlaceKind.Abroad, "la Suisse")]
    [InlineData("et au Canada ?", "fr-FR", PlaceKind.Abroad, "le Canada")]
    [InlineData("combien en Allemagne ?", "fr-FR", PlaceKind.Abroad, "l'Allemagne")]
    [InlineData("aux États-Unis", "fr-FR", PlaceKind.Abroad, "les États-Unis")]
    [InlineData("aux etats-unis", "fr-FR", PlaceKind.Abroad, "les États-Unis")]
    [InlineData("à Londres", "fr-FR", PlaceKind.Abroad, "Londres")]
    [InlineData("salaire à l'étranger", "fr-FR", PlaceKind.Abroad, "l'étranger")]
    [InlineData("et à Berlin ?", "fr-FR", PlaceKind.Abroad, "Berlin")]
    [InlineData("salaire en Belgique", "fr-FR", PlaceKind.Abroad, "la Belgique")]
    [InlineData("et au Québec ?", "fr-FR", PlaceKind.Abroad, "le Québec")]
    // a French city, or the regions
    [InlineData("Do backend devs earn more in Paris than in the provinces?", "en-US", PlaceKind.City, "Paris")]
    [InlineData("what about in Paris?", "en-US", PlaceKind.City, "Paris")]
    [InlineData("salaries outside Paris", "en-US", PlaceKind.City, "Paris")]
    [InlineData("salary in Lyon", "en-US", PlaceKind.City, "Lyon")]
    [InlineData("does it depend on the region?", "en-US", PlaceKind.Regions, "")]
    [InlineData("how much in Paris", "en-US", PlaceKind.City, "Paris")]
    [InlineData("salary in Toulouse with 3 years", "en-US", PlaceKind.City, "Toulouse")]
    [InlineData("does the salary depend on the city?", "en-US", PlaceKind.Regions, "")]
    [InlineData("Est-ce qu'on gagne plus à Paris qu'en province ?", "fr-FR", PlaceKind.City, "Paris")]
    [InlineData("et à Paris ?", "fr-FR", PlaceKind.City, "Paris")]
    [InlineData("salaire à Lyon", "fr-FR", PlaceKind.City, "Lyon")]
    [InlineData("en idf", "fr-FR", PlaceKind.City, "l'Île-de-France")]
    [InlineData("salaire en région", "fr-FR", PlaceKind.Regions, "")]
    [InlineData("salaire à Paris", "fr-FR", PlaceKind.City, "Paris")]
    [InlineData("combien à Toulouse avec 3 ans ?", "fr-FR", PlaceKind.City, "Toulouse")]
    [InlineData("le salaire dépend de la région ?", "fr-FR", PlaceKind.Regions, "")]
    public void Reads_the_place_asked_about(string text, string? locale, PlaceKind kind, string name)
    {
        Assert.Equal(new Place(kind, name), Recognizers.Shared.Recognize(text, locale).Place);
    }

    [Theory]
    [InlineData("salary in France", "en-US")]
    [InlineData("can you tell us the salary", "en-US")]
    [InlineData("what's the salary with 5 years?", "en-US")]
    [InlineData("combien en France ?", "fr-FR")]
    [InlineData("quel est le salaire ?", "fr-FR")]
    public void France_as_a_whole_is_no_place_of_its_own(string text, string? locale)
    {
        Assert.Null(Recognizers.Shared.Recognize(text, locale).Place);
    }

    [Theory]
    [InlineData("Can I work fully remote as a backend developer?", "en-US", "remote")]
    [InlineData("is remote work possible?", "en-US", "remote")]
    [InlineData("wfh?", "en-US", "remote")]
    [InlineData("Which programming language should I learn for backend, Java or Python?", "en-US", "languages")]
    [InlineData("what tech stack do they use", "en-US", "languages")]
    [InlineData("Python developer salary", "en-US", "languages")]
    [InlineData("how many hours a week do they work?", "en-US", "hours")]
    [InlineData("is there a lot of overtime", "en-US", "hours")]
    [InlineData("what about weekends?", "en-US", "hours")]
    [InlineData("which degree do I need?", "en-US", "training")]
    [InlineData("do I need a bootcamp?", "en-US", "training")]
    [InlineData("are there bonuses?", "en-US", "benefits")]
    [InlineData("stock options?", "en-US", "benefits")]
    [InlineData("what are the perks", "en-US", "benefits")]
    [InlineData("salary in a startup vs a big company", "en-US", "company-size")]
    [InlineData("the company size matters?", "en-US", "company-size")]
    [InlineData("Is it remote friendly?", "en-US", "remote")]
    [InlineData("do they work from home", "en-US", "remote")]
    [InlineData("what frameworks should I know?", "en-US", "languages")]
    [InlineData("is SQL needed?", "en-US", "languages")]
    [InlineData("how many hours do backend devs work", "en-US", "hours")]
    [InlineData("do I need a degree?", "en-US", "training")]
    [InlineData("are there any benefits", "en-US", "benefits")]
    [InlineData("do big companies pay more?", "en-US", "company-size")]
    [InlineData("what about in a startup?", "en-US", "company-size")]
    [InlineData("Le télétravail est-il possible pour un développeur backend ?", "fr-FR", "remote")]
    [InlineData("full remote possible ?", "fr-FR", "remote")]
    [InlineData("quel langage apprendre ?", "fr-FR", "languages")]
    [InlineData("quels langages utilise un dev back ?", "fr-FR", "languages")]
    [InlineData("les horaires ?", "fr-FR", "hours")]
    [InlineData("il y a des astreintes ?", "fr-FR", "hours")]
    [InlineData("combien d'heures par semaine ?", "fr-FR", "hours")]
    [InlineData("quelle formation faut-il ?", "fr-FR", "training")]
    [InlineData("quel diplôme pour devenir développeur backend ?", "fr-FR", "training")]
    [InlineData("il y a des primes ?", "fr-FR", "benefits")]
    [InlineData("tickets restaurant ?", "fr-FR", "benefits")]
    [InlineData("salaire en startup ou en grand groupe", "fr-FR", "company-size")]
    [InlineData("en ESN ?", "fr-FR", "company-size")]
    [InlineData("on peut faire du télétravail ?", "fr-FR", "remote")]
    [InlineData("travail à distance possible ?", "fr-FR", "remote")]
    [InlineData("quels frameworks ?", "fr-FR", "languages")]
    [InlineData("il faut connaître SQL ?", "fr-FR", "languages")]
    [InlineData("combien d'heures par semaine travaille un dev ?", "fr-FR", "hours")]
    [InlineData("faut-il un diplôme ?", "fr-FR", "training")]
    [InlineData("il y a des avantages ?", "fr-FR", "benefits")]
    [InlineData("les grandes entreprises paient mieux ?", "fr-FR", "company-size")]
    [InlineData("et en startup ?", "fr-FR", "company-size")]
    public void Reads_the_topic_the_content_does_not_cover(string text, string? locale, string topic)
    {
        Assert.Equal([topic], Recognizers.Shared.Recognize(text, locale).Topics);
    }

    [Theory]
    [InlineData("What is the salary of a backend developer?", "en-US")]
    [InlineData("what's the salary with 5 years?", "en-US")]
    [InlineData("what does a backend developer do?", "en-US")]
    [InlineData("I have 5 years of experience", "en-US")]
    [InlineData("is that before tax?", "en-US")]
    [InlineData("quel est le salaire ?", "fr-FR")]
    [InlineData("combien gagne un développeur backend ?", "fr-FR")]
    [InlineData("que fait un développeur backend ?", "fr-FR")]
    [InlineData("salaire brut", "fr-FR")]
    [InlineData("Je sors de mon master, quel salaire demander ?", "fr-FR")]
    [InlineData("c'est combien le salaire d'un developpeur backend", "fr-FR")]
    [InlineData("C'est du brut ou du net ?", "fr-FR")]
    [InlineData("Quelles qualités faut-il pour ce métier ?", "fr-FR")]
    [InlineData("Are these salaries net or gross?", "en-US")]
    [InlineData("and net?", "en-US")]
    [InlineData("full-stack developer salary", "en-US")]
    [InlineData("jeune diplômé", "fr-FR")]
    [InlineData("je sors d'école", "fr-FR")]
    [InlineData("just finished my degree", "en-US")]
    [InlineData("just graduated from university", "en-US")]
    public void Questions_the_content_covers_name_no_topic(string text, string? locale)
    {
        Assert.Empty(Recognizers.Shared.Recognize(text, locale).Topics);
    }
}
