using CareerBot.Core.Content;
using CareerBot.WebChat;

namespace CareerBot.Tests.WebChat;

/// <summary>The page's words are in the shipped content, in every language, as one-line plain text; French keeps its
/// no-break spaces before ':'.</summary>
public sealed class WebChatMessageKeysTests
{
    private static readonly ContentCatalog Content = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "dialogs"), WebChatMessageKeys.All);

    [Fact]
    public void Every_language_has_every_key_of_the_page()
    {
        foreach (var language in Content.Languages.Select(l => l.Language))
        {
            foreach (var key in WebChatMessageKeys.All)
            {
                Assert.False(string.IsNullOrWhiteSpace(Content.For(language).Messages[key]), $"{language}: {key}");
            }
        }
    }

    [Fact]
    public void French_words_break_no_line_before_a_colon()
    {
        var french = Content.For(Content.Find("fr")!).Messages;
        foreach (var key in WebChatMessageKeys.All)
        {
            Assert.DoesNotContain(" :", french[key], StringComparison.Ordinal);
        }

        Assert.Contains("\u00a0:", french[WebChatMessageKeys.Title], StringComparison.Ordinal);
    }

    [Fact]
    public void Content_without_a_page_key_does_not_load()
    {
        var folder = Directory.CreateTempSubdirectory("careerbot-content-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "dialogs"), "*.md", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder.FullName, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "dialogs"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var text = File.ReadAllText(file);
                File.WriteAllText(target, target.EndsWith(Path.Combine("fr", "messages.md"), StringComparison.Ordinal) ? text.Replace("## webchat.tagline", "## webchat.taglin", StringComparison.Ordinal) : text);
            }

            var problem = Assert.Throws<ContentException>(() => ContentLoader.Load(folder.FullName, WebChatMessageKeys.All));
            Assert.Contains("fr/messages.md", problem.Message, StringComparison.Ordinal);
            Assert.Contains("'webchat.tagline' is missing", problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
