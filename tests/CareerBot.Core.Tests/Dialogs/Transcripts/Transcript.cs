namespace CareerBot.Core.Tests.Dialogs.Transcripts;

/// <summary>A conversation written as a Markdown file: optional <c>key: value</c> settings (locale, today,
/// <c>conversation: group</c> for a group chat or a channel), then steps. <c>user: text</c> sends a message, <c>event: member-added</c> a member joining; after each step,
/// <c>bot: text</c> must appear in what the bot said, <c>not: text</c> must not, <c>actions: A | B</c> lists the
/// suggested actions of its last reply (<c>actions: none</c> for none), <c>replies: N</c> counts its replies,
/// <c>card: text</c> must appear in its card (title, cells or note; <c>card: none</c> for no card) and
/// <c>highlighted: text</c> in a highlighted row of the card, <c>source: text</c> in the title of the source its reply
/// cites (<c>source: none</c> for none).
/// Lines starting with '#' or '>' and blank lines are comments.</summary>
public sealed record Transcript(string Name, IReadOnlyDictionary<string, string> Settings, IReadOnlyList<TranscriptStep> Steps)
{
    private static readonly string[] StepKinds = ["user", "event"];
    private static readonly string[] CheckKinds = ["bot", "not", "actions", "replies", "card", "highlighted", "source"];

    /// <summary>Parses a transcript file's text.</summary>
    public static Transcript Parse(string name, string text)
    {
        var settings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var steps = new List<TranscriptStep>();
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('>'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 'kind: text'");
            }

            var kind = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..];
            value = value.StartsWith(' ') ? value[1..] : value;
            if (StepKinds.Contains(kind))
            {
                steps.Add(new TranscriptStep(kind, Unescape(value), lineNumber, []));
            }
            else if (CheckKinds.Contains(kind))
            {
                if (steps.Count == 0)
                {
                    throw new FormatException($"{name}:{lineNumber}: '{kind}:' before any step");
                }

                var step = steps[^1];
                steps[^1] = step with { Checks = [.. step.Checks, new TranscriptCheck(kind, value.Trim(), lineNumber)] };
            }
            else if (steps.Count == 0)
            {
                settings[kind] = value.Trim();
            }
            else
            {
                throw new FormatException($"{name}:{lineNumber}: unknown line kind '{kind}'");
            }
        }

        return new Transcript(name, settings, steps);
    }

    // A user line may need characters a text file hides: \n for a line break, \u2009 for any code point,
    // {repeat:N:text} for long input.
    private static string Unescape(string value)
    {
        var repeat = System.Text.RegularExpressions.Regex.Match(value, @"^\{repeat:(\d+):(.*)\}$");
        if (repeat.Success)
        {
            var count = int.Parse(repeat.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return string.Concat(Enumerable.Repeat(repeat.Groups[2].Value, count));
        }

        return System.Text.RegularExpressions.Regex.Unescape(value);
    }
}
