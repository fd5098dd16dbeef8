using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace CareerBot.Admin;

/// <summary>The operator page's HTML: the sign-in form, and the dashboard's frame — headings, tiles, a canvas per chart
/// with its title and a text description, the "what to fix" panel — which <c>admin.js</c> fills from
/// <c>/admin/api/stats</c>. No inline style or script: the Content-Security-Policy allows the page's own files only.
/// The page's words are operator-facing and in English.</summary>
internal static class AdminPage
{
    /// <summary>The dashboard's frame.</summary>
    public static string Dashboard(string basePath, string token, AdminAssets assets, int refreshSeconds)
    {
        var html = new StringBuilder(16 * 1024);
        Open(html, "CareerBot · Operator page", basePath, assets, withScripts: true);
        html.Append("<body data-report=\"").Append(Encode(basePath + AdminEndpoints.ReportPath)).Append("\" data-refresh=\"")
            .Append(refreshSeconds.ToString(CultureInfo.InvariantCulture)).Append("\">");
        html.Append("<header><div><h1>CareerBot <span>operator page</span></h1><p class=\"sub\">What to fix, and how CareerBot did over the last hour. The figures refresh every ")
            .Append(refreshSeconds.ToString(CultureInfo.InvariantCulture)).Append(" seconds.</p></div>");
        Form(html, basePath + AdminEndpoints.SignOutPath, token, "<button type=\"submit\" class=\"secondary\">Sign out</button>");
        html.Append("</header><main id=\"dashboard\"><p class=\"updated\" id=\"updated\" role=\"status\">Loading the figures…</p>");
        html.Append("<section class=\"tiles\" aria-label=\"The last hour at a glance\">");
        Tile(html, "tile-turns", "Turns", "in the last hour");
        Tile(html, "tile-rate", "Turns per minute", "over the last 5 minutes");
        Tile(html, "tile-p50", "Median latency", "half of the turns took less");
        Tile(html, "tile-p99", "p99 latency", "99% of the turns took less");
        Tile(html, "tile-fallback", "Fallback rate", "turns not answered");
        Tile(html, "tile-dislikes", "Disliked answers", "most recent kept");
        Tile(html, "tile-limited", "Rate-limited", "requests refused");
        Tile(html, "tile-undelivered", "Replies lost", "not delivered to a channel");
        html.Append("</section>");

        Card(html, "fix", "What to fix, per language", "Answers people disliked, with their comments, beside what CareerBot could not answer: what to write next in dialogs/.", wide: true);
        html.Append("<div class=\"fix\"><div><h3 id=\"heading-dislikes\">Disliked answers</h3><p class=\"note\" id=\"dislikes-note\">Loading…</p>")
            .Append("<div class=\"scroll\"><table class=\"figures dislikes\" id=\"dislikes\" aria-labelledby=\"heading-dislikes\"><thead><tr><th scope=\"col\">When (UTC)</th><th scope=\"col\">Language</th><th scope=\"col\">Handled as</th><th scope=\"col\">Comment</th></tr></thead><tbody></tbody></table></div></div>")
            .Append("<div><h3 id=\"heading-unanswered-languages\">Could not answer</h3><div id=\"unanswered-by-language\"><p class=\"note\">Loading…</p></div></div></div></section>");

        Card(html, "content", "Content", "The content files CareerBot serves, and the last edit it refused.", wide: true);
        html.Append("<dl class=\"status\" id=\"content-status\"><dt>Edits picked up while running</dt><dd id=\"content-watching\">…</dd><dt>Loaded at</dt><dd id=\"content-loaded\">…</dd><dt>Last refused edit</dt><dd id=\"content-refusal\">…</dd></dl><ul class=\"problems\" id=\"content-problems\"></ul></section>");

        html.Append("<div class=\"grid\">");
        Chart(html, "turns", "Turns per minute", "Each message CareerBot handled, by how it ended.", "Turns per minute over the last hour");
        Chart(html, "latency", "Latency", "How long a turn took, from the message in to the replies out: p50, p90 and p99 per minute.", "Turn latency percentiles per minute over the last hour");
        Chart(html, "intents", "Intent mix", "What the turns were handled as.", "Turns by intent over the last hour");
        Chart(html, "fallback", "Fallback rate", "The share of turns CareerBot could not answer: not understood, or out of its scope.", "Fallback rate per minute over the last hour");
        Chart(html, "unanswered", "What it could not answer", "Fallback turns by what was asked, as normalised topics (never the users' words).", "Questions CareerBot could not answer over the last hour");
        Chart(html, "channels", "Channels and languages", "Where the turns came from, and the language CareerBot answered in.", "Turns by channel over the last hour", close: false);
        html.Append("<div class=\"plot short\"><canvas id=\"chart-languages\" role=\"img\" aria-label=\"Turns by language over the last hour\" aria-describedby=\"chart-languages-desc\"></canvas></div>")
            .Append("<p class=\"chart-desc\" id=\"chart-languages-desc\"></p></section>");
        html.Append("</div></main><footer><p>Figures of this instance only, kept in memory for an hour: a restart starts them again. The same figures as JSON: <a href=\"")
            .Append(Encode(basePath + AdminEndpoints.ReportPath)).Append("\"><code>").Append(Encode(basePath + AdminEndpoints.ReportPath)).Append("</code></a>.</p></footer></body></html>");
        return html.ToString();
    }

    /// <summary>The sign-in form, with <paramref name="message"/> above it when there is one. The key typed is never
    /// written back.</summary>
    public static string SignIn(string basePath, string token, string? message, AdminAssets assets)
    {
        var html = new StringBuilder(4 * 1024);
        Open(html, "CareerBot · Operator sign-in", basePath, assets, withScripts: false);
        html.Append("<body><main class=\"sign-in\"><h1>CareerBot <span>operator page</span></h1>")
            .Append("<p>Give the operator key (the setting <code>Admin:ApiKey</code>) to see how CareerBot is doing.</p>");
        if (message is not null)
        {
            html.Append("<p class=\"message\" role=\"alert\" id=\"sign-in-message\">").Append(Encode(message)).Append("</p>");
        }

        Form(
            html,
            basePath + AdminEndpoints.SignInPath,
            token,
            "<label for=\"key\">Operator key</label><input id=\"key\" name=\"" + AdminEndpoints.KeyField + "\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"512\" autofocus><button type=\"submit\">Sign in</button>");
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Open(StringBuilder html, string title, string basePath, AdminAssets assets, bool withScripts)
    {
        var files = basePath + "/assets/";
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<link rel=\"icon\" href=\"").Append(Icon).Append("\">")
            .Append("<title>").Append(Encode(title)).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Encode(assets.Style.Address(files + AdminAssets.StyleName))).Append("\">");
        if (withScripts)
        {
            if (assets.Charts is { } charts)
            {
                html.Append("<script defer src=\"").Append(Encode(charts.Plain.Address(files + AdminAssets.ChartsName))).Append("\"></script>");
            }

            html.Append("<script defer src=\"").Append(Encode(assets.Script.Address(files + AdminAssets.ScriptName))).Append("\"></script>");
        }

        html.Append("</head>");
    }

    private static void Form(StringBuilder html, string action, string token, string fields) =>
        html.Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\"><input type=\"hidden\" name=\"")
            .Append(AdminEndpoints.TokenField).Append("\" value=\"").Append(Encode(token)).Append("\">").Append(fields).Append("</form>");

    private static void Tile(StringBuilder html, string id, string label, string note) =>
        html.Append("<div class=\"tile\" id=\"").Append(id).Append("\"><span class=\"tile-label\">").Append(Encode(label))
            .Append("</span><span class=\"tile-value\">—</span><span class=\"tile-note\">").Append(Encode(note)).Append("</span></div>");

    private static void Card(StringBuilder html, string id, string heading, string lede, bool wide = false) =>
        html.Append("<section class=\"card").Append(wide ? " wide" : string.Empty).Append("\" id=\"card-").Append(id).Append("\" aria-labelledby=\"heading-").Append(id)
            .Append("\"><h2 id=\"heading-").Append(id).Append("\">").Append(Encode(heading)).Append("</h2><p class=\"lede\">").Append(Encode(lede)).Append("</p>");

    // A card with one chart: a canvas named by its title, described by the text under it (which admin.js writes).
    private static void Chart(StringBuilder html, string id, string heading, string lede, string title, bool close = true)
    {
        Card(html, id, heading, lede);
        html.Append("<div class=\"plot\"><canvas id=\"chart-").Append(id).Append("\" role=\"img\" aria-label=\"").Append(Encode(title))
            .Append("\" aria-describedby=\"chart-").Append(id).Append("-desc\"></canvas></div><p class=\"chart-desc\" id=\"chart-").Append(id).Append("-desc\"></p>");
        if (close)
        {
            html.Append("</section>");
        }
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>A small bar chart as the tab's icon, inline (so no request for /favicon.ico).</summary>
    private const string Icon = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='1' y='8' width='4' height='7' fill='%230072b2'/%3E%3Crect x='6' y='3' width='4' height='12' fill='%23e69f00'/%3E%3Crect x='11' y='6' width='4' height='9' fill='%23009e73'/%3E%3C/svg%3E";
}
