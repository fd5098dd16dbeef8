using System.Globalization;
using System.Net;
using System.Text;

namespace CareerBot.Admin.Charts;

/// <summary>What every chart writes: numbers in invariant culture, escaped text, and the opening of an accessible
/// <c>svg</c> (role img, a title and a description that screen readers read instead of the drawing).</summary>
internal static class Svg
{
    /// <summary>A coordinate or a number, invariant, at most two decimals.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Text escaped for HTML and SVG.</summary>
    public static string Text(string value) => WebUtility.HtmlEncode(value);

    /// <summary>Opens an <c>svg</c> scaled to its container's width, with its title and description.</summary>
    public static void Open(StringBuilder html, string id, string title, string description, double width, double height, string kind) =>
        html.Append("<svg id=\"").Append(id).Append("\" class=\"chart ").Append(kind).Append("\" viewBox=\"0 0 ").Append(Number(width)).Append(' ').Append(Number(height))
            .Append("\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(Text(title)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Text(description)).Append("</desc>");

    /// <summary>A text element.</summary>
    public static void Label(StringBuilder html, double x, double y, string text, string cssClass, string anchor = "middle") =>
        html.Append("<text x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(y)).Append("\" class=\"").Append(cssClass)
            .Append("\" text-anchor=\"").Append(anchor).Append("\">").Append(Text(text)).Append("</text>");

    /// <summary>A tooltip for the element being written (browsers show it on hover).</summary>
    public static void Tooltip(StringBuilder html, string text) => html.Append("<title>").Append(Text(text)).Append("</title>");
}
