using System.Globalization;
using CareerBot.Conversation;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Transcripts;

/// <summary>Runs every transcript under Transcripts/ against the real content, recognizers and dialogs.</summary>
public sealed class TranscriptTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Transcripts");

    /// <summary>Every transcript file, by its path under Transcripts/.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Conversation_goes_as_written(string file)
    {
        var transcript = Transcript.Parse(file, await File.ReadAllTextAsync(Path.Combine(Root, file)));
        Assert.NotEmpty(transcript.Steps);
        var today = transcript.Settings.TryGetValue("today", out var date)
            ? DateTimeOffset.Parse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : TestContent.Today;
        var engine = new ConversationEngine(TestContent.Catalog, TestContent.Recognizer(new FakeTimeProvider(today)), new MemoryConversationStateStore());
        transcript.Settings.TryGetValue("locale", out var locale);
        // "conversation: group": a group chat or a channel, where the bot hears only what mentions it.
        var group = transcript.Settings.TryGetValue("conversation", out var conversation) && conversation == "group";

        foreach (var step in transcript.Steps)
        {
            var turn = step.Kind == "event"
                ? new Turn("conversation", step.Text.Trim() == "member-added" ? "user" : throw new FormatException($"{file}:{step.Line}: unknown event"), TurnKind.MemberAdded, Locale: locale, Group: group)
                : new Turn("conversation", "user", TurnKind.Message, step.Text, locale, Group: group);
            var result = await engine.HandleAsync(turn, CancellationToken.None);
            var said = Normalise(string.Join("\n\n", result.Replies.Select(r => r.Markdown)));
            foreach (var check in step.Checks)
            {
                var where = $"{file}:{check.Line} (after \"{Shorten(step.Text)}\"), the bot said:\n{said}\n";
                switch (check.Kind)
                {
                    case "bot":
                        Assert.True(said.Contains(Normalise(check.Expected), StringComparison.Ordinal), $"{where}expected to contain: {check.Expected}");
                        break;
                    case "not":
                        Assert.False(said.Contains(Normalise(check.Expected), StringComparison.Ordinal), $"{where}expected NOT to contain: {check.Expected}");
                        break;
                    case "actions":
                        var actual = result.Replies.Count == 0 ? "none" : string.Join(" | ", result.Replies[^1].SuggestedActions.Select(a => a.Title));
                        Assert.True((actual.Length == 0 ? "none" : actual) == check.Expected, $"{where}expected actions: {check.Expected}\nactual actions: {actual}");
                        break;
                    case "replies":
                        Assert.True(result.Replies.Count.ToString(CultureInfo.InvariantCulture) == check.Expected, $"{where}expected {check.Expected} replies, got {result.Replies.Count}");
                        break;
                }
            }
        }
    }

    // French numbers use narrow no-break spaces ("59 000 €"); transcripts are written with plain spaces.
    private static string Normalise(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Replace("\r", "", StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
