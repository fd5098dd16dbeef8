using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

public sealed class OutOfScopeTests
{
    [Theory]
    [InlineData("what's the salary in Germany?", "Germany")]
    [InlineData("and in the US?", "US")]
    [InlineData("salary in the USA", "USA")]
    [InlineData("how much in the UK", "UK")]
    [InlineData("in canada", "Canada")]
    [InlineData("et au Canada ?", "Canada")]
    [InlineData("combien en Allemagne ?", "Allemagne")]
    [InlineData("aux États-Unis", "États-Unis")]
    [InlineData("aux etats-unis", "États-Unis")]
    [InlineData("en Suisse", "Suisse")]
    [InlineData("salary in France", null)]
    [InlineData("combien en France ?", null)]
    [InlineData("can you tell us the salary", null)]
    [InlineData("à Londres", null)]
    public void Finds_another_country(string text, string? country)
    {
        Assert.Equal(country, Recognizers.Shared.Recognize(text, locale: null).Country);
    }

    [Theory]
    [InlineData("what does a data scientist earn?", "data scientist", Intent.Salary)]
    [InlineData("frontend developer salary", "frontend developer", Intent.Salary)]
    [InlineData("and for a front-end dev?", "front-end dev", Intent.None)]
    [InlineData("how much does a nurse make?", "nurse", Intent.Salary)]
    [InlineData("product manager salary", "product manager", Intent.Salary)]
    [InlineData("I'm a designer", "designer", Intent.None)]
    [InlineData("devops engineer", "devops engineer", Intent.None)]
    [InlineData("full-stack developer salary", "full-stack developer", Intent.Salary)]
    [InlineData("salaire d'une infirmière", "infirmière", Intent.Salary)]
    [InlineData("combien gagne un développeur frontend ?", "développeur frontend", Intent.Salary)]
    [InlineData("salaire développeur full-stack", "développeur full-stack", Intent.Salary)]
    [InlineData("backend developer salary", null, Intent.Salary)]
    [InlineData("back-end developer", null, Intent.None)]
    [InlineData("back end dev with 5 years", null, Intent.None)]
    [InlineData("how much do backend devs make?", null, Intent.Salary)]
    [InlineData("what do back-end developers earn?", null, Intent.Salary)]
    [InlineData("combien gagnent les développeurs backend ?", null, Intent.Salary)]
    [InlineData("I'm a senior developer", null, Intent.None)]
    [InlineData("I've been a developer since 2019", null, Intent.None)]
    [InlineData("salaire développeur backend", null, Intent.Salary)]
    [InlineData("je suis développeur depuis 2019", null, Intent.None)]
    [InlineData("how do I become an IT project manager?", null, Intent.CareerPaths)]
    [InlineData("can I become an applications architect?", null, Intent.CareerPaths)]
    [InlineData("comment devenir architecte applicatif ?", null, Intent.CareerPaths)]
    [InlineData("devenir responsable technique", null, Intent.CareerPaths)]
    public void Finds_another_role_but_not_the_covered_one_nor_its_career_paths(string text, string? role, Intent intent)
    {
        var utterance = Recognizers.Shared.Recognize(text, locale: null);

        Assert.Equal(role, utterance.OtherRole);
        Assert.Equal(intent, utterance.Intent);
    }
}
