using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CareerBot.Tests.Admin;

/// <summary>Talks to the operator page as a script (Bearer) or a browser (the sign-in form, then its cookie) would.</summary>
public static class AdminClient
{
    /// <summary>A GET with <c>Authorization: Bearer <paramref name="key"/></c>.</summary>
    public static async Task<HttpResponseMessage> GetWithKeyAsync(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.SendAsync(request);
    }

    /// <summary>The figures of <c>/admin/stats</c>, read with the key.</summary>
    public static async Task<JsonElement> StatsAsync(HttpClient client)
    {
        using var response = await GetWithKeyAsync(client, "/admin/stats", AdminFactory.Key);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Posts the sign-in form with <paramref name="key"/>.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string key) =>
        client.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", key)]));

    /// <summary>Posts <paramref name="body"/> to the sign-in form with <paramref name="contentType"/>.</summary>
    public static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? contentType)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return client.PostAsync("/admin/login", content);
    }

    /// <summary>The value of the sign-in cookie a response sets (null when none).</summary>
    public static string? SessionCookie(HttpResponseMessage response) =>
        SetCookie(response)?.Split(';')[0].Split('=', 2)[1];

    /// <summary>The Set-Cookie header of the sign-in cookie (null when none).</summary>
    public static string? SetCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.FirstOrDefault(v => v.StartsWith("careerbot_admin=", StringComparison.Ordinal)) : null;

    /// <summary>A GET carrying the sign-in cookie <paramref name="session"/>.</summary>
    public static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string path, string session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"careerbot_admin={session}");
        return await client.SendAsync(request);
    }
}
