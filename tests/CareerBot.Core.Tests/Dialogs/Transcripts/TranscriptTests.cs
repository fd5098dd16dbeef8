using System.Globalization;
using CareerBot.Conversation;
using CareerBot.Core.Dialogs;
using CareerBot.Core.State;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Dialogs.Transcripts;

/// <summary>Runs every transcript under Transcripts/ against the real content, recognizers and dialogs.</summary>
public sealed class TranscriptTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Dialogs", "Transcripts");

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

        // Every check runs, so that one run lists everything a change broke in the conversation.
        var failures = new List<string>();
        foreach (var step in transcript.Steps)
        {
            var turn = step.Kind == "event"
                ? new Turn("conversation", step.Text.Trim() == "member-added" ? "user" : throw new FormatException($"{file}:{step.Line}: unknown event"), TurnKind.MemberAdded, Locale: locale, Group: group)
                : new Turn("conversation", "user", TurnKind.Message, step.Text, locale, Group: group);
            var result = await engine.HandleAsync(turn, CancellationToken.None);
            var said = Normalise(string.Join("\n\n", result.Replies.Select(r => r.Markdown)));
            var stepFailures = step.Checks.Select(check => Failure(check, result, said)).OfType<string>().ToList();
            if (stepFailures.Count > 0)
            {
                failures.Add($"{file}:{step.Line} (after \"{Shorten(step.Text)}\"), the bot said:\n{said}\n{string.Join('\n', stepFailures)}\n");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static string? Failure(TranscriptCheck check, TurnResult result, string said)
    {
        var line = $"  line {check.Line}: ";
        switch (check.Kind)
        {
            case "bot":
                return said.Contains(Normalise(check.Expected), StringComparison.Ordinal) ? null : $"{line}expected to contain: {check.Expected}";
            case "not":
                return !said.Contains(Normalise(check.Expected), StringComparison.Ordinal) ? null : $"{line}expected NOT to contain: {check.Expected}";
            case "actions":
                var actual = result.Replies.Count == 0 ? "none" : string.Join(" | ", result.Replies[^1].SuggestedActions.Select(a => a.Title));
                actual = actual.Length == 0 ? "none" : actual;
                return actual == check.Expected ? null : $"{line}expected actions: {check.Expected}; actual actions: {actual}";
            case "card":
                var cards = result.Replies.Select(r => r.Card).OfType<TableCard>().Select(CardText).ToList();
                if (check.Expected == "none")
                {
                    return cards.Count == 0 ? null : $"{line}expected no card, got: {string.Join(" / ", cards)}";
                }

                return cards.Exists(c => c.Contains(Normalise(check.Expected), StringComparison.Ordinal)) ? null : $"{line}expected a card containing: {check.Expected}; cards: {string.Join(" / ", cards)}";
            case "highlighted":
                var highlighted = result.Replies.Select(r => r.Card).OfType<TableCard>()
                    .SelectMany(c => c.Rows).Where(r => r.Highlighted).Select(r => Normalise(string.Join(" | ", r.Cells))).ToList();
                return highlighted.Exists(row => row.Contains(Normalise(check.Expected), StringComparison.Ordinal)) ? null : $"{line}expected a highlighted row containing: {check.Expected}; highlighted rows: {string.Join(" / ", highlighted)}";
            case "source":
                var sources = result.Replies.Select(r => r.Source).OfType<Citation>().Select(c => Normalise(c.Title)).ToList();
                if (check.Expected == "none")
                {
                    return sources.Count == 0 ? null : $"{line}expected no source, got: {string.Join(" / ", sources)}";
                }

                return sources.Exists(s => s.Contains(Normalise(check.Expected), StringComparison.Ordinal)) ? null : $"{line}expected a source titled: {check.Expected}; sources: {(sources.Count == 0 ? "none" : string.Join(" / ", sources))}";
            case "replies":
                return result.Replies.Count.ToString(CultureInfo.InvariantCulture) == check.Expected ? null : $"{line}expected {check.Expected} replies, got {result.Replies.Count}";
            default:
                return $"{line}unknown check '{check.Kind}'";
        }
    }

    // French numbers use narrow no-break spaces ("59 000 €"); transcripts are written with plain spaces.
    private static string Normalise(string text) => text.Replace('\u202F', ' ').Replace('\u00A0', ' ').Replace("\r", "", StringComparison.Ordinal);

    private static string CardText(TableCard card) =>
        Normalise(string.Join(" | ", [card.Title, .. card.Columns, .. card.Rows.SelectMany(r => r.Cells), card.Note ?? string.Empty]));

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
