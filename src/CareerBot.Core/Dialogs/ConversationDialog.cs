using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>The conversation's frame: welcome, help, cancel, greetings and thanks, and what is out of scope.</summary>
public static class ConversationDialog
{
    /// <summary>Welcomes a member once: what CareerBot can do, with three suggested actions. In a group chat or a
    /// channel (<paramref name="group"/>), the welcome also says that CareerBot answers only when mentioned.</summary>
    public static void Welcome(TurnContext context, string memberId, bool group = false)
    {
        if (context.State.WelcomedMembers.Contains(memberId, StringComparer.Ordinal))
        {
            return;
        }

        context.State = context.State with { WelcomedMembers = [.. context.State.WelcomedMembers.TakeLast(MaxWelcomedMembers - 1), memberId] };
        var key = group ? MessageKeys.WelcomeGroup : MessageKeys.Welcome;
        context.Say(new Reply(context.Text.Say(key), RoleFactsDialog.MainActions(context)), "welcome", TurnOutcome.Answered);
    }

    /// <summary>Help; while the salary dialog waits for years, explains what it waits for and keeps waiting.</summary>
    public static void Help(TurnContext context)
    {
        if (context.State.Salary is not null)
        {
            context.Say(new Reply(context.Text.Say(MessageKeys.HelpWhileAskingYears)), "help", TurnOutcome.Asked);
            return;
        }

        context.Say(new Reply(context.Text.Say(MessageKeys.Help), RoleFactsDialog.MainActions(context)), "help", TurnOutcome.Answered);
    }

    /// <summary>Drops the pending question, if any.</summary>
    public static void Cancel(TurnContext context)
    {
        var key = context.State.Salary is null ? MessageKeys.NothingToCancel : MessageKeys.Cancelled;
        context.State = context.State with { Salary = null };
        context.Say(new Reply(context.Text.Say(key), RoleFactsDialog.MainActions(context)), "cancel", TurnOutcome.Answered);
    }

    /// <summary>Answers a greeting.</summary>
    public static void Greeting(TurnContext context) =>
        context.Say(new Reply(context.Text.Say(MessageKeys.Greeting), RoleFactsDialog.MainActions(context)), "greeting", TurnOutcome.Answered);

    /// <summary>Answers thanks.</summary>
    public static void Thanks(TurnContext context) =>
        context.Say(new Reply(context.Text.Say(MessageKeys.Thanks), RoleFactsDialog.MainActions(context)), "thanks", TurnOutcome.Answered);

    /// <summary>Another country: the figures are for the role's market only.</summary>
    public static void OtherCountry(TurnContext context, string country) =>
        context.Say(
            new Reply(context.Text.Say(MessageKeys.OtherCountry, ("country", country), ("market", context.Role.Salaries.Country))),
            "out-of-scope-country",
            TurnOutcome.Fallback);

    /// <summary>Another role: CareerBot covers only its own, and offers what it can do.</summary>
    public static void OtherRole(TurnContext context, string role) =>
        context.Say(
            new Reply(context.Text.Say(MessageKeys.OtherRole, ("role", role), ("known", context.Role.Name)), RoleFactsDialog.MainActions(context)),
            "out-of-scope-role",
            TurnOutcome.Fallback);

    /// <summary>Not understood: what CareerBot can do.</summary>
    public static void Fallback(TurnContext context) =>
        context.Say(new Reply(context.Text.Say(MessageKeys.Fallback), RoleFactsDialog.MainActions(context)), "fallback", TurnOutcome.Fallback);

    /// <summary>A message with no words in it (empty, emoji, markup only).</summary>
    public static void Empty(TurnContext context) =>
        context.Say(new Reply(context.Text.Say(MessageKeys.EmptyMessage), RoleFactsDialog.MainActions(context)), "empty", TurnOutcome.Fallback);

    /// <summary>A message too long to read.</summary>
    public static void TooLong(TurnContext context, int limit) =>
        context.Say(new Reply(context.Text.Say(MessageKeys.TooLong, ("limit", context.Text.Number(limit)))), "too-long", TurnOutcome.Fallback);

    private const int MaxWelcomedMembers = 50;
}
