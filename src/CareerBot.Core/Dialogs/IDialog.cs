namespace CareerBot.Core.Dialogs;

/// <summary>A small piece of the conversation: given the turn, says its part, or nothing.</summary>
public interface IDialog
{
    /// <summary>This dialog's part of the reply to <paramref name="input"/>; null when it has nothing to say.</summary>
    DialogOutcome? Answer(TurnInput input);
}
