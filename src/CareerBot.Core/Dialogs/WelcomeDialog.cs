using CareerBot.Conversation;

namespace CareerBot.Core.Dialogs;

/// <summary>Welcomes a member once: what CareerBot can do, with the main suggested actions. In a group chat or a
/// channel, the welcome also says that CareerBot answers only when mentioned.</summary>
public sealed class WelcomeDialog
{
    /// <summary>The most members remembered as welcomed.</summary>
    public const int MaxWelcomedMembers = 50;

    /// <summary>The welcome for <paramref name="memberId"/>; null when they were welcomed already.</summary>
    public static DialogOutcome? Welcome(TurnInput input, string memberId, bool group)
    {
        ArgumentNullException.ThrowIfNull(input);
        var state = input.State;
        if (state.WelcomedMembers.Contains(memberId, StringComparer.Ordinal))
        {
            return null;
        }

        var welcomed = state with { WelcomedMembers = [.. state.WelcomedMembers.TakeLast(MaxWelcomedMembers - 1), memberId] };
        var text = input.Text.Say(group ? MessageKeys.WelcomeGroup : MessageKeys.Welcome);
        return new DialogOutcome(HandledAs.Welcome, TurnOutcome.Answered, text, welcomed) { Actions = SuggestedActions.Main(input.Text) };
    }
}
