using System.Net;
using System.Text.RegularExpressions;
using static CareerBot.Tests.Admin.AdminClient;

namespace CareerBot.Tests.Admin;

/// <summary>The operator page's own files as served: the stylesheet.</summary>
public sealed partial class AdminAssetsTests : IClassFixture<AdminFactory>
{
    private readonly AdminFactory factory;

    public AdminAssetsTests(AdminFactory factory)
    {
        this.factory = factory;
    }

    // On a phone the "what to fix" panel is one column; a bare 1fr column grows to its widest table (a disliked answer's
    // row), so the page overflowed the screen (found by e2e/admin at 390 px). The column must be able to shrink, so that
    // the tables scroll inside their card (the layout itself is checked in Chromium by e2e/admin).
    [Fact]
    public async Task On_a_narrow_screen_the_what_to_fix_column_can_shrink_below_its_tables()
    {
        using var client = Create(factory);
        using var response = await client.GetAsync("/admin/assets/admin.css");
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var narrow = NarrowScreenFix().Match(css);
        Assert.True(narrow.Success, "no .fix rule in the narrow-screen media query");
        Assert.Equal("minmax(0,1fr)", narrow.Groups[1].Value.Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"@media \(max-width:\d+px\)\{\.fix\{grid-template-columns:([^;}]+)")]
    private static partial Regex NarrowScreenFix();
}
