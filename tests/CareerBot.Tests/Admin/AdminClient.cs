using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.Admin;

/// <summary>Talks to the operator page as a script (Bearer) or a browser (the sign-in form with its antiforgery token,
/// then the session cookie) would. Each client speaks from an address of its own, so that the key's rate limit of one
/// test does not reach another.</summary>
public static partial class AdminClient
{
    private static int addresses;

    /// <summary>A client that follows no redirect and keeps no cookie, from a fresh address.</summary>
    public static HttpClient Create(WebApplicationFactory<Program> factory, string baseAddress = "http://localhost")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(baseAddress) });
        var n = Interlocked.Increment(ref addresses);
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, $"10.20.{n / 250}.{(n % 250) + 1}");
        return client;
    }

    /// <summary>A GET with <c>Authorization: Bearer <paramref name="key"/></c>.</summary>
    public static async Task<HttpResponseMessage> GetWithKeyAsync(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }

    /// <summary>The report of <c>/admin/api/stats</c>, read with the key.</summary>
    public static async Task<JsonElement> ReportAsync(HttpClient client)
    {
        using var response = await GetWithKeyAsync(client, "/admin/api/stats", AdminFactory.Key);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The figures of the report (its <c>stats</c>).</summary>
    public static async Task<JsonElement> StatsAsync(HttpClient client) => (await ReportAsync(client)).GetProperty("stats");

    /// <summary>What a browser holds after opening a form of the page: its antiforgery token and cookie.</summary>
    public sealed record Form(string Token, string Cookie);

    /// <summary>Opens <c>/admin</c> (with the session cookie <paramref name="session"/>, if any) and reads its form's token.</summary>
    public static async Task<Form> OpenFormAsync(HttpClient client, string? session = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        if (session is not null)
        {
            request.Headers.Add("Cookie", $"{SessionCookieName}={session}");
        }

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var token = TokenField().Match(html).Groups[1].Value;
        var cookie = response.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith(AntiforgeryCookieName + "=", StringComparison.Ordinal)).Split(';')[0];
        Assert.NotEmpty(token);
        return new Form(System.Net.WebUtility.HtmlDecode(token), cookie);
    }

    /// <summary>Signs in as a browser does: opens the form, then posts <paramref name="key"/> with its token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string key)
    {
        var form = await OpenFormAsync(client);
        return await PostFormAsync(client, "/admin/login", $"antiforgery={Uri.EscapeDataString(form.Token)}&key={Uri.EscapeDataString(key)}", "application/x-www-form-urlencoded", form);
    }

    /// <summary>Signs out as a browser does, with the session cookie <paramref name="session"/>.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client, string session)
    {
        var form = await OpenFormAsync(client, session);
        return await PostFormAsync(client, "/admin/logout", $"antiforgery={Uri.EscapeDataString(form.Token)}", "application/x-www-form-urlencoded", form, session);
    }

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> with <paramref name="contentType"/>, and the
    /// antiforgery cookie of <paramref name="form"/> and the session cookie when given.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string body, string? contentType, Form? form, string? session = null)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        var cookies = new[] { form?.Cookie, session is null ? null : $"{SessionCookieName}={session}" }.OfType<string>().ToArray();
        if (cookies.Length > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }

        return await client.SendAsync(request);
    }

    /// <summary>The value of the sign-in cookie a response sets (null when none).</summary>
    public static string? SessionCookie(HttpResponseMessage response) =>
        SetCookie(response)?.Split(';')[0].Split('=', 2)[1];

    /// <summary>The Set-Cookie header of the sign-in cookie (null when none).</summary>
    public static string? SetCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith(SessionCookieName + "=", StringComparison.Ordinal)) : null;

    /// <summary>A GET carrying the sign-in cookie <paramref name="session"/>.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"{SessionCookieName}={session}");
        return await client.SendAsync(request);
    }

    private const string SessionCookieName = "careerbot_admin";
    private const string AntiforgeryCookieName = "careerbot_admin_antiforgery";

    [GeneratedRegex("name=\"antiforgery\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
