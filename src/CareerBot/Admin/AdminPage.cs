using System.Globalization;
using System.Text;
using CareerBot.Admin.Charts;
using CareerBot.Admin.Statistics;

namespace CareerBot.Admin;

/// <summary>The operator page's HTML: the dashboard and the sign-in form, in one document shell with its own
/// styles (light and dark) and a small script that refreshes the figures. Nothing is loaded from elsewhere; the
/// inline style and script carry the nonce that the response's Content-Security-Policy allows.</summary>
internal static class AdminPage
{
    /// <summary>The dashboard for <paramref name="stats"/>.</summary>
    public static string Dashboard(AdminStats stats, string basePath, string nonce, TimeSpan refresh)
    {
        var html = new StringBuilder(64 * 1024);
        var seconds = Math.Max(0, (int)refresh.TotalSeconds);
        Open(html, "CareerBot · Operator page", nonce, seconds);
        html.Append("<header><div><h1>CareerBot <span>operator page</span></h1><p class=\"sub\">Turns, latency and what users ask, over the last hour.");
        if (seconds > 0)
        {
            html.Append(" The figures refresh every ").Append(seconds.ToString(CultureInfo.InvariantCulture)).Append(" seconds.");
        }

        html.Append("</p></div><form method=\"post\" action=\"").Append(Svg.Text(basePath)).Append("/logout\"><button type=\"submit\" class=\"secondary\">Sign out</button></form></header>");
        Admin.Dashboard.Render(html, stats);
        html.Append("<footer><p>Figures of this instance only, kept in memory for an hour: a restart starts them again. The same figures as JSON: <a href=\"")
            .Append(Svg.Text(basePath)).Append("/stats\"><code>").Append(Svg.Text(basePath)).Append("/stats</code></a>.</p></footer>");
        if (seconds > 0)
        {
            html.Append("<script nonce=\"").Append(nonce).Append("\">").Append(RefreshScript).Append("</script>");
        }

        html.Append("</body></html>");
        return html.ToString();
    }

    /// <summary>The dashboard's <c>main</c> element alone, which the open page fetches to refresh its figures.</summary>
    public static string Figures(AdminStats stats)
    {
        var html = new StringBuilder(64 * 1024);
        Admin.Dashboard.Render(html, stats);
        return html.ToString();
    }

    /// <summary>The sign-in form, with <paramref name="message"/> above it when there is one. The key typed is never
    /// written back.</summary>
    public static string SignIn(string basePath, string nonce, string? message)
    {
        var html = new StringBuilder(8 * 1024);
        Open(html, "CareerBot · Operator sign-in", nonce, 0);
        html.Append("<main class=\"sign-in\"><h1>CareerBot <span>operator page</span></h1>")
            .Append("<p>Give the operator key (the setting <code>Admin:ApiKey</code>) to see how CareerBot is doing.</p>");
        if (message is not null)
        {
            html.Append("<p class=\"message\" role=\"alert\" id=\"sign-in-message\">").Append(Svg.Text(message)).Append("</p>");
        }

        html.Append("<form method=\"post\" action=\"").Append(Svg.Text(basePath)).Append("/login\">")
            .Append("<label for=\"key\">Operator key</label>")
            .Append("<input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"512\" autofocus>")
            .Append("<button type=\"submit\">Sign in</button></form></main></body></html>");
        return html.ToString();
    }

    private static void Open(StringBuilder html, string title, string nonce, int refreshSeconds) =>
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex, nofollow\">")
            .Append("<link rel=\"icon\" href=\"").Append(Icon).Append("\">")
            .Append("<title>").Append(Svg.Text(title)).Append("</title>")
            .Append("<style nonce=\"").Append(nonce).Append("\">").Append(Styles).Append("</style></head>")
            .Append("<body data-refresh=\"").Append(refreshSeconds.ToString(CultureInfo.InvariantCulture)).Append("\">");

    /// <summary>A small bar chart as the tab's icon, inline (so no request for /favicon.ico).</summary>
    private const string Icon = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='1' y='8' width='4' height='7' fill='%230072b2'/%3E%3Crect x='6' y='3' width='4' height='12' fill='%23e69f00'/%3E%3Crect x='11' y='6' width='4' height='9' fill='%23009e73'/%3E%3C/svg%3E";

    private const string RefreshScript = """
        (() => {
          const every = Number(document.body.dataset.refresh) * 1000;
          if (!every) return;
          const refresh = async () => {
            if (document.hidden) return;
            try {
              const response = await fetch(location.pathname + '?part=main', { credentials: 'same-origin', cache: 'no-store' });
              if (response.status === 401) { location.reload(); return; }
              if (!response.ok) return;
              const template = document.createElement('template');
              template.innerHTML = await response.text();
              const fresh = template.content.querySelector('main');
              const shown = document.querySelector('main');
              if (fresh && shown) shown.replaceWith(fresh);
            } catch {
              // Keep the figures shown; the next refresh tries again.
            }
          };
          setInterval(refresh, every);
          document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
        })();
        """;

    private const string Styles = """
        :root{color-scheme:light dark;--bg:#f4f6f9;--card:#fff;--ink:#1b2330;--muted:#5b6678;--line:#dfe3ea;--grid:#e9ecf1;--accent:#0b63b6;
          --c0:#0072b2;--c1:#e69f00;--c2:#009e73;--c3:#cc79a7;--c4:#56b4e9;--c5:#d55e00;--c6:#8c6bb1;--c-rest:#9aa3b0;
          --answered:#0072b2;--asked:#56b4e9;--fallback:#e69f00;--silent:#b8bfca;--error:#c0392b;--other:#8c6bb1;
          --p50:#0072b2;--p90:#e69f00;--p99:#c0392b;--unanswered:#d55e00;--lang:#009e73}
        @media (prefers-color-scheme:dark){:root{--bg:#11151c;--card:#1a2029;--ink:#e8ecf2;--muted:#a3adbd;--line:#2d3542;--grid:#262d38;--accent:#6cb4ff;
          --c0:#3a9ee0;--silent:#6b7585;--answered:#3a9ee0;--p50:#3a9ee0}}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
        header{display:flex;gap:16px;align-items:flex-start;justify-content:space-between;padding:20px 24px 8px;max-width:1320px;margin:0 auto}
        h1{margin:0;font-size:24px;letter-spacing:-.01em}h1 span{font-weight:400;color:var(--muted)}
        .sub,.updated,footer{color:var(--muted);margin:4px 0 0}
        main{display:block;max-width:1320px;margin:0 auto;padding:0 24px 24px}
        .updated{margin:0 0 14px}
        .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px;margin-bottom:16px}
        .tile{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:12px 16px;display:flex;flex-direction:column}
        .tile-label{color:var(--muted);font-size:13px;font-weight:600;text-transform:uppercase;letter-spacing:.04em}
        .tile-value{font-size:30px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.2;margin:2px 0}
        .tile-note{color:var(--muted);font-size:13px}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,560px),1fr));gap:16px}
        .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 18px;min-width:0}
        .card h2{margin:0;font-size:18px}.card h3{margin:10px 0 2px;font-size:13px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}.lede{margin:2px 0 8px;color:var(--muted);font-size:14px}
        .plot{overflow-x:auto}.chart{display:block;width:100%;height:auto}
        .chart.minutes{min-width:420px}.chart.ring{max-width:260px;margin:0 auto}
        .over-time{direction:rtl}.over-time .chart{direction:ltr}
        .legend{display:flex;flex-wrap:wrap;gap:4px 16px;list-style:none;margin:0 0 6px;padding:0;font-size:14px}
        .legend li{display:flex;align-items:center;gap:6px}
        .swatch{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--color);flex:none;margin-right:6px;vertical-align:-1px}
        .legend .swatch{margin-right:0}
        .reference-swatch{background:none;border-top:2px dashed var(--muted);height:0;border-radius:0}
        .donut{display:grid;grid-template-columns:minmax(180px,260px) 1fr;gap:16px;align-items:center}
        @media (max-width:640px){.donut{grid-template-columns:1fr}header{flex-direction:column}
          header,main,footer{padding-left:12px;padding-right:12px}.card{padding:12px}}
        .figures{border-collapse:collapse;width:100%;font-size:14px;font-variant-numeric:tabular-nums}
        .figures th,.figures td{padding:5px 6px;border-bottom:1px solid var(--line);text-align:right}
        .figures th[scope=row],.figures thead th:first-child{text-align:left;font-weight:500}
        .figures thead th{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em;font-weight:600}
        .figures code{display:block}
        code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
        .note{margin:6px 0 0;color:var(--muted);font-size:13px}
        footer{max-width:1320px;margin:0 auto;padding:0 24px 32px;font-size:13px}a{color:var(--accent)}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        svg text{fill:var(--ink);font-family:inherit}
        .tick{font-size:12px;fill:var(--muted)}.axis-title{font-size:12px;fill:var(--muted);font-weight:600}
        .gridline{stroke:var(--grid);stroke-width:1}.baseline,.tick-mark{stroke:var(--muted);stroke-width:1}
        .value{font-size:13px;font-weight:700;font-variant-numeric:tabular-nums}
        .empty{font-size:15px;fill:var(--muted)}
        .bar-label{font-size:14px}.bar-detail{font-size:11px;fill:var(--muted);font-family:ui-monospace,Menlo,Consolas,monospace}
        .bar,.slice{fill:var(--color)}.column:hover .bar,.slice:hover,.hbar:hover .bar{opacity:.8}
        .series .line{fill:none;stroke:var(--color);stroke-width:2.2;stroke-linejoin:round;stroke-linecap:round}
        .series .dot{fill:var(--color)}.last-value{font-size:12px;font-weight:700;fill:var(--color);paint-order:stroke;stroke:var(--card);stroke-width:3px}
        .area{fill:var(--color);opacity:.18;stroke:none}
        .reference{stroke:var(--muted);stroke-width:1.5;stroke-dasharray:6 4}.reference-label{font-size:12px;fill:var(--muted);font-weight:600}
        .slice{stroke:var(--card);stroke-width:2}.ring-empty{fill:none;stroke:var(--grid)}
        .donut-total{font-size:34px;font-weight:700}.donut-label{font-size:13px;fill:var(--muted)}
        .c0{--color:var(--c0)}.c1{--color:var(--c1)}.c2{--color:var(--c2)}.c3{--color:var(--c3)}.c4{--color:var(--c4)}.c5{--color:var(--c5)}.c6{--color:var(--c6)}.c-rest{--color:var(--c-rest)}
        .o-answered{--color:var(--answered)}.o-asked{--color:var(--asked)}.o-fallback{--color:var(--fallback)}.o-silent{--color:var(--silent)}.o-error{--color:var(--error)}.o-other{--color:var(--other)}
        .l-p50{--color:var(--p50)}.l-p90{--color:var(--p90)}.l-p99{--color:var(--p99)}.l-fallback{--color:var(--fallback)}
        .u-bar{--color:var(--unanswered)}.lang-bar{--color:var(--lang)}
        button{font:inherit;font-weight:600;border:0;border-radius:8px;padding:9px 16px;background:var(--accent);color:#fff;cursor:pointer}
        button.secondary{background:transparent;color:var(--ink);border:1px solid var(--line)}
        button:focus-visible,input:focus-visible,a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
        .sign-in{max-width:420px;margin:12vh auto;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:24px}
        .sign-in form{display:flex;flex-direction:column;gap:8px;margin-top:12px}.sign-in label{font-weight:600}
        .sign-in input{font:inherit;padding:9px 10px;border:1px solid var(--line);border-radius:8px;background:var(--bg);color:var(--ink)}
        .message{background:#fdecea;color:#8a1c12;border-radius:8px;padding:8px 12px}
        """;
}
