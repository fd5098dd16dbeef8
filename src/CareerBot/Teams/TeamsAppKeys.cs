using CareerBot.Core.Content;

namespace CareerBot.Teams;

/// <summary>What the Teams app package says about CareerBot, by message key in <c>dialogs/{language}/messages.md</c>,
/// with the limits of the Teams manifest schema (v1.19): plain text, name ≤ 30 characters (full name ≤ 100), short
/// description ≤ 80 (full ≤ 4000), command titles ≤ 32, command descriptions ≤ 128.</summary>
public static class TeamsAppKeys
{
    /// <summary>The app's name under its icon.</summary>
    public static readonly MessageKey Name = Plain("teams.name", 30);

    /// <summary>The app's full name.</summary>
    public static readonly MessageKey FullName = Plain("teams.name.full", 100);

    /// <summary>The description shown where space is short.</summary>
    public static readonly MessageKey ShortDescription = Plain("teams.description.short", 80);

    /// <summary>The description on the app's page.</summary>
    public static readonly MessageKey FullDescription = Plain("teams.description.full", 4000);

    /// <summary>The bot's command menu, in order: each command's title (what Teams sends when it is picked, so the
    /// bot must understand it) and description.</summary>
    public static readonly IReadOnlyList<(MessageKey Title, MessageKey Description)> Commands =
    [
        Command("salary"),
        Command("missions"),
        Command("career-paths"),
        Command("help"),
    ];

    /// <summary>Every key of the package; the package command refuses content that lacks one or breaks a limit.</summary>
    public static IReadOnlyCollection<MessageKey> All { get; } =
        [Name, FullName, ShortDescription, FullDescription, .. Commands.SelectMany(c => new[] { c.Title, c.Description })];

    private static (MessageKey Title, MessageKey Description) Command(string name) =>
        (Plain($"teams.command.{name}", 32), Plain($"teams.command.{name}.description", 128));

    private static MessageKey Plain(string name, int maxLength) => new(name) { MaxLength = maxLength, PlainText = true };
}
