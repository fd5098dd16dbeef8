namespace CareerBot.Core.Content;

/// <summary>A role CareerBot can talk about, as written in one content file.</summary>
/// <param name="Id">The file name without extension ("backend-developer"), the same in every language.</param>
/// <param name="Name">The role's name as users read it ("backend developer").</param>
/// <param name="Aliases">Other ways users write the role ("back-end developer", "backend engineer").</param>
/// <param name="Summary">The role in a paragraph (Markdown).</param>
/// <param name="Missions">The missions, one sentence each.</param>
/// <param name="Qualities">The qualities the role needs (Markdown paragraph).</param>
/// <param name="Salaries">Salary bands by years of experience.</param>
/// <param name="CareerPaths">Roles one can move on to.</param>
/// <param name="Limits">What the article does not cover, by limit id.</param>
/// <param name="NetRate">The declared gross-to-net rate, if the file gives one with its source.</param>
/// <param name="Article">The article the file was written from, which answers cite.</param>
/// <param name="Source">Where the role was read from.</param>
public sealed record Role(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Summary,
    IReadOnlyList<string> Missions,
    string Qualities,
    SalaryTable Salaries,
    IReadOnlyList<CareerPath> CareerPaths,
    IReadOnlyDictionary<string, RoleLimit> Limits,
    NetRate? NetRate,
    ArticleSource Article,
    ContentSource Source);
