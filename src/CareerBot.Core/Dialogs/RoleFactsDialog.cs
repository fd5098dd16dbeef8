using CareerBot.Conversation;
using CareerBot.Core.State;

namespace CareerBot.Core.Dialogs;

/// <summary>The role's facts that need no question back: missions, qualities, career paths.</summary>
public static class RoleFactsDialog
{
    /// <summary>The role's summary and missions.</summary>
    public static void Missions(TurnContext context) => Answer(
        context,
        Topic.Missions,
        context.Text.Say(MessageKeys.Missions, ("summary", context.Role.Summary), ("missions", ReplyText.BulletList(context.Role.Missions))),
        "missions",
        context.Text.Action(MessageKeys.ActionQualities, MessageKeys.ActionQualitiesValue),
        context.Text.Action(MessageKeys.ActionSalary, MessageKeys.ActionSalaryValue),
        context.Text.Action(MessageKeys.ActionCareerPaths, MessageKeys.ActionCareerPathsValue));

    /// <summary>The qualities the role needs.</summary>
    public static void Qualities(TurnContext context) => Answer(
        context,
        Topic.Qualities,
        context.Text.Say(MessageKeys.Qualities, ("qualities", context.Role.Qualities)),
        "qualities",
        context.Text.Action(MessageKeys.ActionMissions, MessageKeys.ActionMissionsValue),
        context.Text.Action(MessageKeys.ActionSalary, MessageKeys.ActionSalaryValue),
        context.Text.Action(MessageKeys.ActionCareerPaths, MessageKeys.ActionCareerPathsValue));

    /// <summary>Where the career can lead.</summary>
    public static void CareerPaths(TurnContext context) => Answer(
        context,
        Topic.CareerPaths,
        context.Text.Say(MessageKeys.CareerPaths, ("paths", ReplyText.BulletList(context.Role.CareerPaths))),
        "career-paths",
        context.Text.Action(MessageKeys.ActionSalary, MessageKeys.ActionSalaryValue),
        context.Text.Action(MessageKeys.ActionMissions, MessageKeys.ActionMissionsValue),
        context.Text.Action(MessageKeys.ActionQualities, MessageKeys.ActionQualitiesValue));

    /// <summary>The three things CareerBot does best, as suggested actions.</summary>
    public static SuggestedAction[] MainActions(TurnContext context) =>
    [
        context.Text.Action(MessageKeys.ActionSalary, MessageKeys.ActionSalaryValue),
        context.Text.Action(MessageKeys.ActionMissions, MessageKeys.ActionMissionsValue),
        context.Text.Action(MessageKeys.ActionCareerPaths, MessageKeys.ActionCareerPathsValue),
    ];

    private static void Answer(TurnContext context, Topic topic, string text, string handledAs, params SuggestedAction[] actions)
    {
        context.State = context.State with { LastTopic = topic };
        context.Say(new Reply(text, actions), handledAs, TurnOutcome.Answered);
    }
}
