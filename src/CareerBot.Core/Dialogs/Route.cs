namespace CareerBot.Core.Dialogs;

/// <summary>One row of the route table: when its dialog speaks.</summary>
/// <param name="Name">What the row is for, for readers and tests.</param>
/// <param name="When">Whether the dialog has something to say to the turn.</param>
/// <param name="Dialog">The dialog.</param>
/// <param name="Alone">True for a dialog that speaks only when no row before it did (fallback, thanks).</param>
public sealed record Route(string Name, Func<TurnInput, bool> When, IDialog Dialog, bool Alone = false);
