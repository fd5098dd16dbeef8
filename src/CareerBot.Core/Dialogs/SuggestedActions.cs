using CareerBot.Conversation;
using CareerBot.Core.Content;

namespace CareerBot.Core.Dialogs;

/// <summary>The suggested actions CareerBot offers: what it does best at first, then what an answer did not cover
/// (the whole salary table last: a salary answer's card already shows it).</summary>
public static class SuggestedActions
{
    /// <summary>How many actions a reply offers at most.</summary>
    public const int Count = 3;

    private static readonly (Offers Offer, MessageKey Title, MessageKey Value)[] InOrder =
    [
        (Offers.Salary, MessageKeys.ActionSalary, MessageKeys.ActionSalaryValue),
        (Offers.CareerPaths, MessageKeys.ActionCareerPaths, MessageKeys.ActionCareerPathsValue),
        (Offers.Missions, MessageKeys.ActionMissions, MessageKeys.ActionMissionsValue),
        (Offers.Qualities, MessageKeys.ActionQualities, MessageKeys.ActionQualitiesValue),
        (Offers.AllSalaries, MessageKeys.ActionAllSalaries, MessageKeys.ActionAllSalariesValue),
    ];

    /// <summary>The three things CareerBot does best.</summary>
    public static IReadOnlyList<SuggestedAction> Main(ReplyText text) =>
    [
        text.Action(MessageKeys.ActionSalary, MessageKeys.ActionSalaryValue),
        text.Action(MessageKeys.ActionMissions, MessageKeys.ActionMissionsValue),
        text.Action(MessageKeys.ActionCareerPaths, MessageKeys.ActionCareerPathsValue),
    ];

    /// <summary>What to offer after a reply that covered <paramref name="covered"/>.</summary>
    public static IReadOnlyList<SuggestedAction> After(ReplyText text, Offers covered) =>
        [.. InOrder.Where(o => (covered & o.Offer) == 0).Take(Count).Select(o => text.Action(o.Title, o.Value))];
}
