using CareerBot.Core.Understanding;

namespace CareerBot.Core.Dialogs;

/// <summary>Routes a message to a dialog, in rank order: interruptions first (cancel, help), then the dialog waiting
/// for an answer, then what is out of scope, then the intent, then follow-ups on the last answer.</summary>
public static class MessageRouter
{
    /// <summary>Handles one understood message.</summary>
    public static void Route(TurnContext context)
    {
        var utterance = context.Utterance;
        switch (utterance.Intent)
        {
            case Intent.Cancel:
                ConversationDialog.Cancel(context);
                return;
            case Intent.Help:
                ConversationDialog.Help(context);
                return;
        }

        if (context.State.Salary is { } waiting && SalaryDialog.Continue(context, waiting))
        {
            return;
        }

        if (utterance.OtherRole is { } otherRole)
        {
            ConversationDialog.OtherRole(context, otherRole);
            return;
        }

        if (utterance.Country is { } country)
        {
            ConversationDialog.OtherCountry(context, country);
            if (utterance.Intent is not (Intent.Salary or Intent.AllSalaries) && utterance.Experience is null)
            {
                return;
            }
        }

        switch (utterance.Intent)
        {
            case Intent.AllSalaries:
                SalaryDialog.ShowTable(context);
                return;
            case Intent.Salary:
                SalaryDialog.Start(context);
                return;
            case Intent.Missions:
                RoleFactsDialog.Missions(context);
                return;
            case Intent.Qualities:
                RoleFactsDialog.Qualities(context);
                return;
            case Intent.CareerPaths:
                RoleFactsDialog.CareerPaths(context);
                return;
            case Intent.Greeting when utterance.Experience is null:
                ConversationDialog.Greeting(context);
                return;
            case Intent.Thanks:
                ConversationDialog.Thanks(context);
                return;
        }

        if (SalaryDialog.TryFollowUp(context))
        {
            return;
        }

        if (utterance.Experience is { } experience)
        {
            SalaryDialog.Answer(context, experience);
            return;
        }

        ConversationDialog.Fallback(context);
    }
}
