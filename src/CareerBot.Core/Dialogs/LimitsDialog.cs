using CareerBot.Conversation;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Topics the role's article does not cover ("can I work remotely?"): says so plainly, from the role file's
/// limits, then what it does cover: the sections a limit names (the missions and qualities, for programming languages)
/// when the message asks nothing else, or an offer of what the article covers.</summary>
public sealed class LimitsDialog : IDialog
{
    private static readonly Requests Asked = Requests.Salary | Requests.Table | Requests.Missions | Requests.Qualities | Requests.CareerPaths;

    private readonly IReadOnlyDictionary<string, IDialog> sections;

    /// <summary>Creates the dialog; <paramref name="sections"/> give a role's sections by id ("missions").</summary>
    public LimitsDialog(IReadOnlyDictionary<string, IDialog> sections)
    {
        this.sections = sections;
    }

    /// <inheritdoc />
    public DialogOutcome? Answer(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limits = input.Frame.Topics.Where(input.Role.Limits.ContainsKey).Select(id => input.Role.Limits[id]).ToList();
        if (limits.Count == 0)
        {
            return null;
        }

        var said = string.Join(' ', limits.Select(l => l.Text));
        var alone = !input.Frame.Asks(Asked) && !input.Frame.IsAboutPay;
        if (!alone)
        {
            return new DialogOutcome(HandledAs.NotCovered, TurnOutcome.Answered, said, input.State);
        }

        var state = input.State;
        var covers = Offers.None;
        var cites = false;
        var parts = new List<string> { said };
        foreach (var id in limits.SelectMany(l => l.Then).Distinct(StringComparer.Ordinal))
        {
            if (sections.GetValueOrDefault(id)?.Answer(input with { State = state }) is { } section)
            {
                parts.Add(section.Markdown);
                state = section.State;
                covers |= section.Covers;
                cites |= section.Cites;
            }
        }

        if (parts.Count == 1)
        {
            parts.Add(input.Text.Say(MessageKeys.LimitsOffer));
        }

        return new DialogOutcome(HandledAs.NotCovered, TurnOutcome.Answered, ReplyText.Paragraphs(parts), state) { Covers = covers, Cites = cites };
    }
}
