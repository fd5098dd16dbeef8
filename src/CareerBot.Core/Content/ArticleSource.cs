namespace CareerBot.Core.Content;

/// <summary>The article a role file was written from, as its front matter names it: answers that state the role's facts
/// cite it.</summary>
/// <param name="Title">The article's title, in the file's language (plain text, at most <see cref="MaxTitleLength"/>
/// characters).</param>
/// <param name="Abstract">What the article covers, in a sentence (plain text, at most <see cref="MaxAbstractLength"/>
/// characters).</param>
/// <param name="Url">Where to read it, when the content gives an address.</param>
public sealed record ArticleSource(string Title, string Abstract, Uri? Url)
{
    /// <summary>The most characters of a title: what Teams shows of a citation's name.</summary>
    public const int MaxTitleLength = 80;

    /// <summary>The most characters of an abstract: what Teams shows of a citation's abstract.</summary>
    public const int MaxAbstractLength = 160;
}
