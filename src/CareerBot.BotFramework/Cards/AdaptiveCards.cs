using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerBot.BotFramework.Schema;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Cards;

/// <summary>Renders a <see cref="TableCard"/> as an Adaptive Card (schema 1.5): a table with the answering rows
/// highlighted, and a form whose button is a Universal Action (<c>Action.Execute</c>) where the channel supports it
/// (Teams), an <c>Action.Submit</c> elsewhere (Web Chat, the Emulator).</summary>
public static class AdaptiveCards
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The verb of a suggestion card's buttons: the user "says" the button's text.</summary>
    public const string AskVerb = "ask";

    /// <summary>Where a suggestion card's button keeps the text it says.</summary>
    public const string AskTextField = "text";

    /// <summary>At most this many rendered cards are kept; content yields a few dozen distinct ones.</summary>
    private const int MaxRendered = 512;

    // Rendering a card builds and serialises a tree of some 200 JSON nodes; the same few cards come back turn after
    // turn (a band highlighted, in one language), so each is rendered once. A JsonElement is immutable: shared safely.
    private static readonly ConcurrentDictionary<(TableCard Card, bool UniversalActions), JsonElement> Rendered = new();

    /// <summary>The card as an attachment.</summary>
    public static Attachment Attachment(TableCard card, bool universalActions)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (!Rendered.TryGetValue((card, universalActions), out var content))
        {
            content = JsonSerializer.SerializeToElement(Render(card, universalActions), BotJsonContext.Default.JsonObject);
            if (Rendered.Count < MaxRendered)
            {
                Rendered.TryAdd((card, universalActions), content);
            }
        }

        return new Attachment(ContentType, content);
    }

    /// <summary>Suggested actions as a card, for conversations that cannot show them (Teams group chats and channels):
    /// one <c>Action.Submit</c> button each, which sends <c>{verb: "ask", text: value}</c> back to the bot, read as
    /// though the user had typed the value (no mention needed: Teams sends a card's actions to its bot).</summary>
    public static Attachment Suggestions(IReadOnlyList<SuggestedAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(),
            ["actions"] = new JsonArray([.. actions.Select(action => (JsonNode)new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = action.Title,
                ["data"] = new JsonObject { ["verb"] = AskVerb, [AskTextField] = action.Value },
            })]),
        };
        return new Attachment(ContentType, JsonSerializer.SerializeToElement(card, BotJsonContext.Default.JsonObject));
    }

    /// <summary>True when the channel supports <c>Action.Execute</c> (the <c>adaptiveCard/action</c> invoke).</summary>
    public static bool SupportsUniversalActions(string? channelId) => channelId == "msteams";

    /// <summary>The Adaptive Card JSON.</summary>
    public static JsonObject Render(TableCard card, bool universalActions)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = card.Title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true, ["style"] = "heading" },
            Table(card),
        };
        if (card.Note is { } note)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = note, ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true });
        }

        var result = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (card.Form is { } form)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Input.Number",
                ["id"] = form.InputId,
                ["label"] = form.Label,
                ["placeholder"] = form.Placeholder,
                ["min"] = 0,
                ["max"] = 60,
            });
            result["actions"] = new JsonArray { Action(form, universalActions) };
        }

        return result;
    }

    private static JsonObject Table(TableCard card)
    {
        var rows = new JsonArray { Row(card.Columns, header: true, highlighted: false) };
        foreach (var row in card.Rows)
        {
            rows.Add(Row(row.Cells, header: false, row.Highlighted));
        }

        return new JsonObject
        {
            ["type"] = "Table",
            ["columns"] = new JsonArray([.. card.Columns.Select((_, i) => (JsonNode)new JsonObject { ["width"] = i == 0 ? 3 : 4 })]),
            ["rows"] = rows,
            ["firstRowAsHeader"] = true,
            ["showGridLines"] = true,
            ["gridStyle"] = "accent",
        };
    }

    private static JsonObject Row(IReadOnlyList<string> cells, bool header, bool highlighted)
    {
        var row = new JsonObject
        {
            ["type"] = "TableRow",
            ["cells"] = new JsonArray([.. cells.Select(cell => (JsonNode)new JsonObject
            {
                ["type"] = "TableCell",
                ["items"] = new JsonArray
                {
                    new JsonObject { ["type"] = "TextBlock", ["text"] = cell, ["wrap"] = true, ["weight"] = header || highlighted ? "Bolder" : "Default" },
                },
            })]),
        };
        if (highlighted)
        {
            row["style"] = "accent";
        }

        return row;
    }

    // Action.Execute carries an Action.Submit as its fallback, for Teams clients without Universal Actions: both send
    // the verb and the input, as an adaptiveCard/action invoke or as a message's value.
    private static JsonObject Action(CardForm form, bool universalActions)
    {
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = form.Button, ["data"] = new JsonObject { ["verb"] = form.Verb }, ["style"] = "positive" };
        return universalActions
            ? new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = form.Button,
                ["verb"] = form.Verb,
                ["data"] = new JsonObject { ["verb"] = form.Verb },
                ["style"] = "positive",
                ["fallback"] = submit,
            }
            : submit;
    }
}
