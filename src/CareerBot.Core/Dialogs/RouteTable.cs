using CareerBot.Conversation;
using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>The conversation's routes, flat and in rank order (the Agents SDK's <c>AddRoute(rank)</c>): every row whose
/// condition holds adds its dialog's part to the one reply of the turn, in this order, so that a message asking several
/// things gets every answer ("what do they do and how much do they earn?"). Interruptions come first and end the turn;
/// the rows marked alone speak only when no row before them did.</summary>
public sealed class RouteTable
{
    private readonly IReadOnlyList<Route> routes;

    /// <summary>Creates a table of <paramref name="routes"/>, in rank order.</summary>
    public RouteTable(IReadOnlyList<Route> routes)
    {
        this.routes = routes;
    }

    /// <summary>CareerBot's routes.</summary>
    public static RouteTable Default { get; } = CreateDefault();

    /// <summary>The rows, in rank order.</summary>
    public IReadOnlyList<Route> Routes => routes;

    /// <summary>Whether the message asks the pay of a career path ("how much does a technical manager earn?", "which
    /// path pays the most?"), which the content does not give.</summary>
    public static bool AsksCareerPathSalary(Frame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var asksPay = frame.Asks(Requests.Salary | Requests.Table) || frame.Figures != Figures.None;
        return (frame.Subject.CareerPath is not null && asksPay && frame.Experience is null)
            || frame.ComparesCareerPaths;
    }

    /// <summary>Answers a turn: the parts of every dialog that speaks, put together.</summary>
    public TurnAnswer Run(TurnInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parts = new List<DialogOutcome>();
        var state = input.State;
        foreach (var route in routes)
        {
            if (route.Alone && parts.Count > 0)
            {
                continue;
            }

            var current = input with { State = state };
            if (!route.When(current) || route.Dialog.Answer(current) is not { } part)
            {
                continue;
            }

            parts.Add(part);
            state = part.State;
            if (part.Ends || route.Alone)
            {
                break;
            }
        }

        return Compose(input, parts, state);
    }

    private static TurnAnswer Compose(TurnInput input, List<DialogOutcome> parts, Core.State.ConversationState state)
    {
        // A message that is not about pay, answered by another dialog, ends the wait for years: the user moved on.
        var waitKept = input.Frame.IsAboutPay || parts.Exists(p => p.HandledAs == HandledAs.Help || p.HandledAs == HandledAs.YearsUnclear || p.HandledAs == HandledAs.Salary || p.HandledAs == HandledAs.SalaryImplausible);
        if (!waitKept && state.Salary is not null)
        {
            state = state with { Salary = null };
        }

        var outcome = parts.Exists(p => p.Outcome == TurnOutcome.Asked) ? TurnOutcome.Asked
            : parts.Exists(p => p.Outcome == TurnOutcome.Answered) ? TurnOutcome.Answered
            : TurnOutcome.Fallback;
        var covered = parts.Aggregate(Offers.None, (all, p) => all | p.Covers);
        var actions = outcome == TurnOutcome.Asked ? []
            : parts.LastOrDefault(p => p.Actions is not null)?.Actions is { } chosen && parts.Count == 1 ? chosen
            : SuggestedActions.After(input.Text, covered);
        var card = parts.Select(p => p.Card).FirstOrDefault(c => c is not null);
        var source = parts.Exists(p => p.Cites) ? input.Text.Citation() : null;
        var reply = new Reply(ReplyText.Paragraphs(parts.Select(p => p.Markdown)), actions, card, source);
        return new TurnAnswer(reply, state, parts[0].HandledAs, outcome);
    }

    private static RouteTable CreateDefault()
    {
        var missions = new MissionsDialog();
        var qualities = new QualitiesDialog();
        var careerPaths = new CareerPathsDialog();
        var salary = new SalaryDialog();
        var sections = new Dictionary<string, IDialog>(StringComparer.Ordinal)
        {
            ["missions"] = missions,
            ["qualities"] = qualities,
            ["career-paths"] = careerPaths,
            ["salaries"] = salary,
        };
        return new RouteTable(
        [
            new("cancel", i => i.Frame.Asks(Requests.Cancel), new CancelDialog()),
            new("help", i => i.Frame.Asks(Requests.Help), new HelpDialog()),
            new("roles", i => i.Frame.Asks(Requests.Roles), new RolesDialog()),
            new("another role", i => i.Frame.Subject.OtherRole is not null && (i.Frame.Subject.RoleId is null || i.Frame.Wants(Figures.Compare)), new OtherRoleDialog()),
            new("another country", i => i.Frame.Place is { Kind: PlaceKind.Abroad }, new AbroadDialog()),
            new("missions", i => i.Frame.Asks(Requests.Missions), missions),
            new("qualities", i => i.Frame.Asks(Requests.Qualities), qualities),
            new("a career path's salary", i => AsksCareerPathSalary(i.Frame), new CareerPathSalaryDialog()),
            new("career paths", i => i.Frame.Asks(Requests.CareerPaths) && !AsksCareerPathSalary(i.Frame), careerPaths),
            new("salary", SalaryDialog.Applies, salary),
            new("not covered", i => i.Frame.Topics.Count > 0, new LimitsDialog(sections)),
            new("greeting", i => i.Frame.Asks(Requests.Greeting), new SmallTalkDialog(HandledAs.Greeting, MessageKeys.Greeting), Alone: true),
            new("thanks", i => i.Frame.Asks(Requests.Thanks), new SmallTalkDialog(HandledAs.Thanks, MessageKeys.Thanks), Alone: true),
            new("goodbye", i => i.Frame.Asks(Requests.Goodbye), new SmallTalkDialog(HandledAs.Goodbye, MessageKeys.Goodbye), Alone: true),
            new("years again", i => i.State.Salary is not null, new AskYearsAgainDialog(), Alone: true),
            new("fallback", _ => true, new FallbackDialog(), Alone: true),
        ]);
    }
}
