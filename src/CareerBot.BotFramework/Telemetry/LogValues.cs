using System.Text;

namespace CareerBot.BotFramework.Telemetry;

/// <summary>Values from requests made fit for a log line: what an unauthenticated caller sends (a type, a channel id,
/// an id, a path) is never logged verbatim, but escaped (control and non-ASCII characters as <c>\u…</c>, so that no
/// line can be forged or a terminal driven) and cut.</summary>
public static class LogValues
{
    /// <summary>The longest value kept, in characters, before "…".</summary>
    public const int MaxLength = 64;

    /// <summary><paramref name="value"/> escaped and cut to <paramref name="maxLength"/> characters; "(none)" when null.</summary>
    public static string Text(string? value, int maxLength = MaxLength)
    {
        if (value is null)
        {
            return "(none)";
        }

        var text = new StringBuilder(Math.Min(value.Length, maxLength) + 8);
        foreach (var c in value)
        {
            if (text.Length >= maxLength)
            {
                return text.Append('…').ToString();
            }

            if (c is >= ' ' and <= '~' && c != '\\')
            {
                text.Append(c);
            }
            else
            {
                text.Append(c == '\\' ? @"\\" : $"\\u{(int)c:x4}");
            }
        }

        return text.ToString();
    }
}
