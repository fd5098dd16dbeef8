using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CareerBot.BotFramework.Hosting;

/// <summary>The <c>Retry-After</c> header of a refused request (429, 503): whole seconds, rounded up, at least 1.</summary>
public static class RetryAfter
{
    /// <summary>Sets the header on <paramref name="response"/>.</summary>
    public static void Set(HttpResponse response, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }
}
