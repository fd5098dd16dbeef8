using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CareerBot.Core.Content;

/// <summary>
/// Reads the salaries section of a role file: a sentence on what pay depends on, and a pipe table whose columns are
/// years of experience (<c>0–2</c>, <c>15+</c>), minimum and maximum (<c>35,000</c> or <c>35 000</c>).
/// </summary>
internal static partial class SalaryTableParser
{
    /// <summary>The table of <paramref name="section"/>; fails on any figure or band that does not make sense.</summary>
    public static SalaryTable Parse(ContentFile file, RoleSection section, string country, string currency)
    {
        var tables = section.Blocks.OfType<Table>().ToList();
        if (tables.Count != 1)
        {
            var where = tables.Count == 0 ? file.At(section.Heading) : file.At(tables[1]);
            throw new ContentException(where, $"the '{section.Id}' section must hold exactly one table (years of experience | minimum | maximum); found {tables.Count}.");
        }

        var context = string.Join("\n\n", section.Blocks.Where(b => b is not Table).Select(b => file.Source(b, b)));
        if (context.Length == 0)
        {
            throw new ContentException(file.At(section.Heading), $"the '{section.Id}' section needs a sentence, before the table, on what salaries depend on.");
        }

        var bands = new List<SalaryBand>();
        foreach (var row in tables[0].OfType<TableRow>().Where(r => !r.IsHeader))
        {
            var source = file.At(row);
            var cells = row.OfType<TableCell>().Select(CellText).ToList();
            if (cells.Count != 3)
            {
                throw new ContentException(source, $"a salary band has three columns (years of experience | minimum | maximum); this row has {cells.Count}.");
            }

            var (from, to) = ParseYears(cells[0], source);
            var minimum = ParseFigure(cells[1], "minimum", source);
            var maximum = ParseFigure(cells[2], "maximum", source);
            if (minimum > maximum)
            {
                throw new ContentException(source, $"the minimum {cells[1]} is greater than the maximum {cells[2]}.");
            }

            bands.Add(new SalaryBand(from, to, minimum, maximum, source));
        }

        CheckBands(bands, file.At(tables[0]));
        return new SalaryTable(country, currency, context, bands);
    }

    private static void CheckBands(List<SalaryBand> bands, ContentSource table)
    {
        if (bands.Count == 0)
        {
            throw new ContentException(table, "the salary table has no bands.");
        }

        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            if (band.ToYears is null && i < bands.Count - 1)
            {
                throw new ContentException(band.Source, $"only the last band may be open-ended ('{band.FromYears}+'): this one is followed by {bands.Count - 1 - i} more.");
            }

            if (i > 0 && band.FromYears != bands[i - 1].ToYears)
            {
                var previous = bands[i - 1].ToYears;
                var problem = band.FromYears < previous ? "overlaps the band before it" : "leaves a gap after the band before it";
                throw new ContentException(band.Source, $"the band starting at {band.FromYears} years {problem}, which ends at {previous} years: bands go from fewest to most years, each starting where the previous one ends.");
            }
        }
    }

    private static (decimal From, decimal? To) ParseYears(string text, ContentSource source)
    {
        var open = OpenSpanPattern().Match(text);
        if (open.Success)
        {
            return (Number(open.Groups[1].Value), null);
        }

        var span = SpanPattern().Match(text);
        if (!span.Success)
        {
            throw new ContentException(source, $"the years of experience '{text}' are not a span like '0–2' or an open span like '15+'.");
        }

        var from = Number(span.Groups[1].Value);
        var to = Number(span.Groups[2].Value);
        if (to <= from)
        {
            throw new ContentException(source, $"the span '{text}' must end after it starts.");
        }

        return (from, to);
    }

    private static decimal ParseFigure(string text, string column, ContentSource source)
    {
        if (text.Length == 0)
        {
            throw new ContentException(source, $"the {column} is missing: each row reads years of experience | minimum | maximum.");
        }

        if (!FigurePattern().IsMatch(text))
        {
            throw new ContentException(source, $"the {column} '{text}' is not a number: write whole amounts such as 35000, 35,000 or 35 000.");
        }

        return decimal.Parse(new string([.. text.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
    }

    private static decimal Number(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var literal in cell.Descendants<LiteralInline>())
        {
            text.Append(literal.Content.ToString());
        }

        return text.ToString().Trim();
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*\+$")]
    private static partial Regex OpenSpanPattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*[-–—]\s*(\d+(?:\.\d+)?)$")]
    private static partial Regex SpanPattern();

    [GeneratedRegex(@"^(?:\d+|\d{1,3}(?:[, \u00A0\u202F]\d{3})+)$")]
    private static partial Regex FigurePattern();
}
