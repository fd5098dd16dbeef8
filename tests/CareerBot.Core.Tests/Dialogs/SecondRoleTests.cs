using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using CareerBot.Core.Understanding;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Dialogs;

/// <summary>Roles are content: a second role file, made up for the test (Dialogs/SecondRole), is recognised by its
/// name and aliases and answered from its own file, while backend questions still get the backend answers, with no
/// code change.</summary>
public sealed class SecondRoleTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "careerbot-second-role-" + Guid.NewGuid().ToString("N"));
    private readonly ConversationEngine engine;

    public SecondRoleTests()
    {
        foreach (var file in Directory.EnumerateFiles(TestContent.DialogsDirectory, "*.md", SearchOption.AllDirectories))
        {
            Copy(file, Path.GetRelativePath(TestContent.DialogsDirectory, file));
        }

        var secondRole = Path.Combine(AppContext.BaseDirectory, "Dialogs", "SecondRole");
        foreach (var file in Directory.EnumerateFiles(secondRole, "*.md", SearchOption.AllDirectories))
        {
            Copy(file, Path.GetRelativePath(secondRole, file));
        }

        var catalog = ContentLoader.Load(root, MessageKeys.All, LimitIds.All);
        var recognizer = new FrameRecognizer(catalog, TestContent.Models, new FakeTimeProvider(TestContent.Today));
        engine = new ConversationEngine(catalog, recognizer, new MemoryConversationStateStore());
    }

    [Theory]
    [InlineData("en-US", "How much does a lighthouse keeper earn with 3 years of experience?", "€21,000–€23,000", "€47,000–€59,000")]
    [InlineData("en-US", "What does a lightkeeper do?", "Polish the lens every morning.", "API development and testing.")]
    [InlineData("en-US", "What are a lighthouse keeper's career paths?", "- Harbour master", "Technical manager")]
    [InlineData("en-US", "What is the salary of a backend developer with 7 years of experience?", "€59,000–€73,000", "€24,000")]
    [InlineData("en-US", "What does a backend developer do?", "API development and testing.", "Polish the lens")]
    [InlineData("fr-FR", "Combien gagne une gardienne de phare avec 6 ans d'expérience ?", "24 000 € à 26 000 €", "59 000 €")]
    [InlineData("fr-FR", "Que fait un développeur backend ?", "Développement et test d'API.", "lentille")]
    public async Task Each_role_is_answered_from_its_own_file(string locale, string question, string expected, string notExpected)
    {
        var said = await SayAsync(question, locale);

        Assert.Contains(expected, said, StringComparison.Ordinal);
        Assert.DoesNotContain(notExpected, said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Which_roles_CareerBot_knows_is_read_from_the_content()
    {
        var said = await SayAsync("Which roles do you know?", "en-US");

        Assert.Contains("**backend developer**", said, StringComparison.Ordinal);
        Assert.Contains("**lighthouse keeper**", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_stays_with_the_role_the_conversation_is_about()
    {
        await SayAsync("How much does a lighthouse keeper earn with 1 year of experience?", "en-US");

        var said = await SayAsync("and with 12?", "en-US");

        Assert.Contains("€24,000–€26,000", said, StringComparison.Ordinal);
        Assert.DoesNotContain("€73,000", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_that_names_no_role_is_about_the_first_role()
    {
        var said = await SayAsync("What is the salary with 7 years of experience?", "en-US");

        Assert.Contains("€59,000–€73,000", said, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private async Task<string> SayAsync(string text, string locale)
    {
        var result = await engine.HandleAsync(new Turn("second-role", "user", TurnKind.Message, text, locale), CancellationToken.None);
        return string.Join("\n", result.Replies.Select(r => r.Markdown)).Replace('\u202F', ' ').Replace('\u00A0', ' ');
    }

    private void Copy(string file, string relative)
    {
        var target = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }
}
