using CareerBot.Core.Understanding;

namespace CareerBot.Core.Tests.Understanding;

/// <summary>Who a message asks about (<see cref="Frame.Subject"/>): the backend developer of the content (by its name
/// and aliases, typos forgiven), one of its career paths (by its place in the role's list: 0 IT project manager,
/// 2 applications architect, 4 technical manager), another job, or nobody; a job the speaker names as their own is
/// context, and a move into the role starts out in it.</summary>
public sealed class FrameSubjectTests
{
    private const string Backend = "backend-developer";

    [Theory]
    // the role of the content, by its name and aliases
    [InlineData("What is the salary of a backend developer?", "en-US", Backend, null, null, false)]
    [InlineData("how much do backend devs make?", "en-US", Backend, null, null, false)]
    [InlineData("what do back-end developers earn?", "en-US", Backend, null, null, false)]
    [InlineData("back end dev with 5 years", "en-US", Backend, null, null, false)]
    [InlineData("back-end developer", "en-US", Backend, null, null, false)]
    [InlineData("server-side developer", "en-US", Backend, null, null, false)]
    [InlineData("api developer salary", "en-US", Backend, null, null, false)]
    [InlineData("bakend devlopper salary", "en-US", Backend, null, null, false)]
    [InlineData("salary of a backend enginer", "en-US", Backend, null, null, false)]
    [InlineData("As a recruiter, what should I offer a backend developer?", "en-US", Backend, null, null, false)]
    [InlineData("combien gagne un développeur backend ?", "fr-FR", Backend, null, null, false)]
    [InlineData("salaire developpeur back-end", "fr-FR", Backend, null, null, false)]
    [InlineData("combien gagnent les développeurs backend ?", "fr-FR", Backend, null, null, false)]
    [InlineData("salaire dev back", "fr-FR", Backend, null, null, false)]
    [InlineData("combien gagne un devloppeur bakend", "fr-FR", Backend, null, null, false)]
    [InlineData("que fait un dev back au quotidien ?", "fr-FR", Backend, null, null, false)]
    [InlineData("I'm a backend developer with 5 years", "en-US", Backend, null, null, false)]
    [InlineData("my daughter is a backend developer, is she underpaid with 3 years and 40k?", "en-US", Backend, null, null, false)]
    [InlineData("je suis développeur backend avec 5 ans d'expérience", "fr-FR", Backend, null, null, false)]
    // one of its career paths
    [InlineData("How much does a technical manager earn?", "en-US", null, 4, null, false)]
    [InlineData("How do I become an applications architect?", "en-US", null, 2, null, false)]
    [InlineData("can I become an applications architect?", "en-US", null, 2, null, false)]
    [InlineData("software architect salary", "en-US", null, 2, null, false)]
    [InlineData("how do I become an IT project manager?", "en-US", null, 0, null, false)]
    [InlineData("how much does an architect earn?", "en-US", null, 2, null, false)]
    [InlineData("how much does an application analyst earn", "en-US", null, 1, null, false)]
    [InlineData("salary of an engineering manager", "en-US", null, 4, null, false)]
    [InlineData("tech lead salary", "en-US", null, 4, null, false)]
    [InlineData("comment devenir architecte applicatif ?", "fr-FR", null, 2, null, false)]
    [InlineData("devenir responsable technique", "fr-FR", null, 4, null, false)]
    [InlineData("comment devenir chef de projet informatique ?", "fr-FR", null, 0, null, false)]
    [InlineData("combien gagne un chef de projet ?", "fr-FR", null, 0, null, false)]
    [InlineData("combien gagne un architecte ?", "fr-FR", null, 2, null, false)]
    [InlineData("combien gagne un consultant ?", "fr-FR", null, 3, null, false)]
    [InlineData("salaire d'un lead tech", "fr-FR", null, 4, null, false)]
    [InlineData("salaire d'un manager technique", "fr-FR", null, 4, null, false)]
    // another job, as the user wrote it
    [InlineData("How much does a frontend developer make?", "en-US", null, null, "frontend developer", false)]
    [InlineData("frontend developer salary", "en-US", null, null, "frontend developer", false)]
    [InlineData("what does a data scientist earn?", "en-US", null, null, "data scientist", false)]
    [InlineData("how much does a data engineer make", "en-US", null, null, "data engineer", false)]
    [InlineData("how much does a nurse make?", "en-US", null, null, "nurse", false)]
    [InlineData("product manager salary", "en-US", null, null, "product manager", false)]
    [InlineData("devops engineer", "en-US", null, null, "devops engineer", false)]
    [InlineData("mobile developer pay", "en-US", null, null, "mobile developer", false)]
    [InlineData("game developer salary", "en-US", null, null, "game developer", false)]
    [InlineData("machine learning engineer pay", "en-US", null, null, "machine learning engineer", false)]
    [InlineData("what's the salary of a cto", "en-US", null, null, "cto", false)]
    [InlineData("how much does a web developer earn", "en-US", null, null, "web developer", false)]
    [InlineData("sysadmin salary", "en-US", null, null, "sysadmin", false)]
    [InlineData("Combien gagne un data engineer ?", "fr-FR", null, null, "data engineer", false)]
    [InlineData("combien gagne un développeur frontend ?", "fr-FR", null, null, "développeur frontend", false)]
    [InlineData("salaire développeur full-stack", "fr-FR", null, null, "développeur full-stack", false)]
    [InlineData("salaire d'un développeur mobile", "fr-FR", null, null, "développeur mobile", false)]
    [InlineData("développeur web salaire", "fr-FR", null, null, "développeur web", false)]
    [InlineData("combien gagne un ingénieur devops", "fr-FR", null, null, "ingénieur devops", false)]
    [InlineData("salaire d'une infirmière", "fr-FR", null, null, "infirmière", false)]
    [InlineData("salaire d'un prof", "fr-FR", null, null, "prof", false)]
    [InlineData("can a backend developer become a project manager?", "en-US", Backend, 0, null, false)]
    // moving into the role: the subject, starting out in it
    [InlineData("I want to become a backend developer", "en-US", Backend, null, null, true)]
    [InlineData("What skills do I need to become a backend developer?", "en-US", Backend, null, null, true)]
    [InlineData("I'm a support technician and want to move to Backend, what would I earn?", "en-US", Backend, null, null, true)]
    [InlineData("I'm a support technician near Lyon, I do some scripting and SQL, I want to move into backend development: what would I earn?", "en-US", Backend, null, null, true)]
    [InlineData("I work as a teacher, can I switch to backend?", "en-US", Backend, null, null, true)]
    [InlineData("I'm a nurse, can I become a backend developer?", "en-US", Backend, null, null, true)]
    [InlineData("je veux devenir développeur backend", "fr-FR", Backend, null, null, true)]
    [InlineData("je suis infirmière et je veux devenir développeuse backend", "fr-FR", Backend, null, null, true)]
    [InlineData("je suis technicien support et je veux passer au Backend, combien je gagnerais ?", "fr-FR", Backend, null, null, true)]
    // nobody in particular, or only the speaker's own job
    [InlineData("what's the salary?", "en-US", null, null, null, false)]
    [InlineData("I'm a designer", "en-US", null, null, null, false)]
    [InlineData("I'm a senior developer", "en-US", null, null, null, false)]
    [InlineData("how much does a developer earn?", "en-US", null, null, null, false)]
    [InlineData("quel est le salaire ?", "fr-FR", null, null, null, false)]
    [InlineData("combien gagne un développeur ?", "fr-FR", null, null, null, false)]
    [InlineData("and for a front-end dev?", "en-US", null, null, "front-end dev", false)]
    [InlineData("what about data analysts?", "en-US", null, null, "data analysts", false)]
    [InlineData("US developers salary", "en-US", null, null, null, false)]
    public void Reads_who_the_message_is_about(string text, string? locale, string? role, int? careerPath, string? otherRole, bool startingOut)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        var path = careerPath is null ? null : new CareerPathRef(Backend, careerPath.Value);
        Assert.Equal(new Subject(role, path, otherRole, startingOut), frame.Subject);
    }

    [Theory]
    [InlineData("I'm an HR manager. What salary band should I offer a candidate with 4 years' experience?", "en-US", 4)]
    [InlineData("I'm an HR manager, what should I offer a candidate with 4 years?", "en-US", 4)]
    [InlineData("I've been a developer since 2019", "en-US", 7)]
    [InlineData("je suis responsable RH, combien proposer à un candidat avec 4 ans d'expérience ?", "fr-FR", 4)]
    [InlineData("je suis développeur depuis 2019", "fr-FR", 7)]
    public void A_job_named_as_the_speakers_own_is_context_not_the_subject(string text, string? locale, int years)
    {
        var frame = Recognizers.Shared.Recognize(text, locale);

        Assert.Equal(Subject.None, frame.Subject);
        Assert.Equal(Experience.Exactly(years), frame.Experience);
    }
}
