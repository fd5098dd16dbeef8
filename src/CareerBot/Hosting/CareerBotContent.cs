using CareerBot.Core.Content;
using CareerBot.Core.Dialogs;
using CareerBot.Core.Understanding;
using CareerBot.WebChat;

namespace CareerBot.Hosting;

/// <summary>The checks CareerBot makes of a content folder before it serves it: the files (<see cref="ContentLoader"/>,
/// with the messages and limits the dialogs and the Web Chat page use) and the vocabularies as recognition reads them.
/// Start-up and <c>check-content</c> both run these, so an author sees exactly what would stop CareerBot.</summary>
public static class CareerBotContent
{
    /// <summary>Reads and checks <paramref name="folder"/>: the content, or every problem with its file and line.</summary>
    public static ContentCheck Check(string folder)
    {
        var check = ContentLoader.Check(folder, [.. MessageKeys.All, .. WebChatMessageKeys.All], LimitIds.All);
        if (check.Catalog is null)
        {
            return check;
        }

        var problems = VocabularyCheck.Problems(check.Catalog);
        return problems.Count == 0 ? check : new ContentCheck(null, problems);
    }
}
