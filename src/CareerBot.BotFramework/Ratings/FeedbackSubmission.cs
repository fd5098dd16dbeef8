using System.Text;
using System.Text.Json;
using CareerBot.Conversation;

namespace CareerBot.BotFramework.Ratings;

/// <summary>A rating sent with a <c>message/submitAction</c> invoke (Teams' feedback loop, and CareerBot's Web Chat
/// control, which sends the same): <c>value = {actionName:"feedback", actionValue:{reaction:"like"|"dislike",
/// feedback:"{\"feedbackText\":\"…\"}"}}</c>, the rated answer in the activity's <c>replyToId</c>.</summary>
/// <param name="Reaction">Like or dislike.</param>
/// <param name="Comment">What the person wrote, cleaned (<see cref="CleanComment"/>); null when nothing.</param>
public sealed record FeedbackSubmission(FeedbackReaction Reaction, string? Comment)
{
    /// <summary>The invoke's name.</summary>
    public const string InvokeName = "message/submitAction";

    /// <summary>Longest comment kept, in characters; the rest is cut.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>The rating in an invoke's <paramref name="value"/>; null with the problem when it is not one.</summary>
    public static FeedbackSubmission? FromInvoke(JsonElement? value, out string? problem)
    {
        problem = null;
        if (value is not { ValueKind: JsonValueKind.Object } submit)
        {
            problem = "The invoke value is not an object.";
            return null;
        }

        if (!submit.TryGetProperty("actionName", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "feedback")
        {
            problem = "The invoke value's 'actionName' is not 'feedback'.";
            return null;
        }

        if (!submit.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            problem = "The invoke value has no 'actionValue' object.";
            return null;
        }

        FeedbackReaction reaction;
        if (action.TryGetProperty("reaction", out var said) && said.ValueKind == JsonValueKind.String && said.ValueEquals("like"))
        {
            reaction = FeedbackReaction.Like;
        }
        else if (said.ValueKind == JsonValueKind.String && said.ValueEquals("dislike"))
        {
            reaction = FeedbackReaction.Dislike;
        }
        else
        {
            problem = "The invoke value's 'actionValue.reaction' is neither 'like' nor 'dislike'.";
            return null;
        }

        if (!action.TryGetProperty("feedback", out var feedback) || feedback.ValueKind is JsonValueKind.Null)
        {
            return new FeedbackSubmission(reaction, null);
        }

        if (FeedbackText(feedback) is not { } text)
        {
            problem = "The invoke value's 'actionValue.feedback' is not a JSON object (or a string holding one) with a 'feedbackText' string.";
            return null;
        }

        return new FeedbackSubmission(reaction, CleanComment(text));
    }

    /// <summary>A comment as it is kept: control characters removed (line breaks and tabs become spaces), spaces
    /// trimmed, at most <see cref="MaxCommentLength"/> characters (never half of a surrogate pair); null when empty.</summary>
    public static string? CleanComment(string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return null;
        }

        var kept = new StringBuilder(Math.Min(comment.Length, MaxCommentLength));
        foreach (var c in comment)
        {
            if (kept.Length == MaxCommentLength)
            {
                break;
            }

            if (!char.IsControl(c))
            {
                kept.Append(c);
            }
            else if (char.IsWhiteSpace(c) && kept.Length > 0 && kept[^1] != ' ')
            {
                kept.Append(' ');
            }
        }

        if (kept.Length > 0 && char.IsHighSurrogate(kept[^1]))
        {
            kept.Length--;
        }

        var text = kept.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    // Teams sends the form's values as a JSON string ("{\"feedbackText\":\"…\"}"); SDKs document an object too.
    private static string? FeedbackText(JsonElement feedback)
    {
        if (feedback.ValueKind == JsonValueKind.String)
        {
            var json = feedback.GetString()!;
            if (string.IsNullOrWhiteSpace(json))
            {
                return string.Empty;
            }

            try
            {
                using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
                return document.RootElement.ValueKind == JsonValueKind.Object ? FeedbackText(document.RootElement) : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        if (feedback.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!feedback.TryGetProperty("feedbackText", out var text) || text.ValueKind == JsonValueKind.Null)
        {
            return string.Empty;
        }

        return text.ValueKind == JsonValueKind.String ? text.GetString() : null;
    }
}
