using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using static CareerBot.Tests.Admin.AdminClient;

namespace CareerBot.Tests.Admin;

/// <summary>The operator page's key protection: Bearer for scripts, a sign-in form and its cookie for browsers, 401
/// without the key, 429 after too many wrong ones, 4xx (never 5xx) for bad input, and the key never echoed.</summary>
public sealed class AdminProtectionTests : IClassFixture<AdminFactory>
{
    private readonly AdminFactory factory;

    public AdminProtectionTests(AdminFactory factory)
    {
        this.factory = factory;
    }

    private HttpClient Client(string baseAddress = "http://localhost") => factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri(baseAddress),
    });

    /// <summary>Each test starts with no wrong key counted against the test client's address.</summary>
    private void ForgetWrongKeys() => factory.Time.Advance(TimeSpan.FromMinutes(2));

    [Fact]
    public async Task Without_the_key_the_page_answers_401_with_the_sign_in_form_and_no_figures()
    {
        ForgetWrongKeys();
        using var client = Client();
        using var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\" action=\"/admin/login\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"key\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminFactory.Key, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Bearer ")]
    [InlineData("Basic b3BlcmF0b3I6a2V5")]
    public async Task The_figures_need_the_key(string? authorization)
    {
        ForgetWrongKeys();
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/stats");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_key_as_a_bearer_token_opens_the_page_and_its_figures()
    {
        ForgetWrongKeys();
        using var client = Client();

        using var stats = await GetWithKeyAsync(client, "/admin/stats", AdminFactory.Key);
        using var page = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);

        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal("application/json", stats.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<svg id=\"chart-turns\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_strict_cookie_that_is_not_the_key_and_opens_the_page()
    {
        ForgetWrongKeys();
        using var client = Client();

        using var signIn = await SignInAsync(client, AdminFactory.Key);

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location?.OriginalString);
        var setCookie = SetCookie(signIn);
        Assert.NotNull(setCookie);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        var session = SessionCookie(signIn)!;
        Assert.DoesNotContain(AdminFactory.Key, Uri.UnescapeDataString(session), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(AdminFactory.Key)), session, StringComparison.Ordinal);

        using var page = await GetWithCookieAsync(client, "/admin", session);
        using var stats = await GetWithCookieAsync(client, "/admin/stats", session);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Sign out", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminFactory.Key, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_the_cookie_is_secure()
    {
        ForgetWrongKeys();
        using var client = Client("https://localhost");

        using var signIn = await SignInAsync(client, AdminFactory.Key);

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Contains("secure", SetCookie(signIn), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_key_answers_401_with_the_form_again_saying_nothing_of_the_key()
    {
        ForgetWrongKeys();
        using var client = Client();
        const string wrong = "operator-key-for-tests-5f2c9a70";

        using var response = await SignInAsync(client, wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(SetCookie(response));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("That key was not accepted.", html, StringComparison.Ordinal);
        Assert.Contains("<form method=\"post\" action=\"/admin/login\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, html, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminFactory.Key, html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("v1.99999999999.AAAA")]
    [InlineData("v1.notanumber.AAAA")]
    [InlineData("operator-key-for-tests-5f2c9a71")]
    public async Task A_forged_cookie_is_not_a_sign_in(string forged)
    {
        ForgetWrongKeys();
        using var client = Client();

        using var response = await GetWithCookieAsync(client, "/admin/stats", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_cookie_with_a_changed_expiry_or_past_its_lifetime_is_refused()
    {
        ForgetWrongKeys();
        using var client = Client();
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        var parts = session.Split('.');
        var extended = $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 3600}.{parts[2]}";

        using var tampered = await GetWithCookieAsync(client, "/admin/stats", extended);
        factory.Time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        using var expired = await GetWithCookieAsync(client, "/admin/stats", session);

        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Signing_out_clears_the_cookie_and_goes_back_to_the_form()
    {
        ForgetWrongKeys();
        using var client = Client();

        using var response = await client.PostAsync("/admin/logout", content: null);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var cleared = SetCookie(response);
        Assert.NotNull(cleared);
        Assert.StartsWith("careerbot_admin=;", cleared, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("key=", "application/x-www-form-urlencoded", HttpStatusCode.BadRequest)]
    [InlineData("other=1", "application/x-www-form-urlencoded", HttpStatusCode.BadRequest)]
    [InlineData("key=a&key=b", "application/x-www-form-urlencoded", HttpStatusCode.BadRequest)]
    [InlineData("{\"key\":\"operator-key-for-tests-5f2c9a71\"}", "application/json", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("key=operator-key-for-tests-5f2c9a71", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("key=operator-key-for-tests-5f2c9a71", null, HttpStatusCode.UnsupportedMediaType)]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nx\r\n--b--\r\n", "multipart/form-data; boundary=b", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10", "application/x-www-form-urlencoded", HttpStatusCode.BadRequest)]
    public async Task Bad_sign_in_requests_answer_4xx(string body, string? contentType, HttpStatusCode expected)
    {
        ForgetWrongKeys();
        using var client = Client();

        using var response = await PostRawAsync(client, body, contentType);

        Assert.Equal(expected, response.StatusCode);
        Assert.Null(SetCookie(response));
    }

    [Fact]
    public async Task A_huge_sign_in_form_answers_413_or_400_never_5xx()
    {
        ForgetWrongKeys();
        using var client = Client();
        var huge = "key=" + new string('a', 200_000);

        using var declared = await PostRawAsync(client, huge, "application/x-www-form-urlencoded");
        using var chunked = await client.PostAsync("/admin/login", new ChunkedContent(huge));
        using var longValue = await PostRawAsync(client, "key=" + new string('b', 2000), "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.InRange((int)chunked.StatusCode, 400, 499);
        Assert.InRange((int)longValue.StatusCode, 400, 499);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example.com")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_sign_in_posted_from_another_site_is_refused(string header, string value)
    {
        ForgetWrongKeys();
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login") { Content = new FormUrlEncodedContent([new("key", AdminFactory.Key)]) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(SetCookie(response));
    }

    [Fact]
    public async Task A_sign_in_from_the_page_itself_is_accepted()
    {
        ForgetWrongKeys();
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login") { Content = new FormUrlEncodedContent([new("key", AdminFactory.Key)]) };
        request.Headers.Add("Origin", "http://localhost");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
    }

    [Fact]
    public async Task After_signing_out_the_old_cookie_is_refused()
    {
        // Today sign-out only asked the browser to forget the cookie: a copy of it kept working for 8 hours.
        ForgetWrongKeys();
        using var client = Client();
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        using (var before = await GetWithCookieAsync(client, "/admin/stats", session))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/admin/logout");
        signOut.Headers.Add("Cookie", $"careerbot_admin={session}");
        using (var response = await client.SendAsync(signOut))
        {
            Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        }

        using var after = await GetWithCookieAsync(client, "/admin/stats", session);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Wrong_keys_sent_in_parallel_cannot_pass_the_limit()
    {
        // Today 14 attempts of 30 sent at once got an answer on their key, against a limit of 10.
        ForgetWrongKeys();
        using var client = Client();

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => i % 2 == 0
            ? SignInAsync(client, $"wrong-{i}")
            : GetWithKeyAsync(client, "/admin/stats", $"wrong-{i}")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(AdminFactory.MaxFailedAttempts, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(30 - AdminFactory.MaxFailedAttempts, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task The_right_key_does_not_count_against_the_limit()
    {
        ForgetWrongKeys();
        using var client = Client();
        for (var i = 0; i < AdminFactory.MaxFailedAttempts * 3; i++)
        {
            using var stats = await GetWithKeyAsync(client, "/admin/stats", AdminFactory.Key);
            Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        }

        using var wrong = await SignInAsync(client, "wrong");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task After_too_many_wrong_keys_every_attempt_waits_until_the_minute_is_over()
    {
        ForgetWrongKeys();
        using var client = Client();
        for (var i = 0; i < AdminFactory.MaxFailedAttempts - 1; i++)
        {
            using var wrong = await SignInAsync(client, $"wrong-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var wrongBearer = await GetWithKeyAsync(client, "/admin/stats", "wrong-bearer");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongBearer.StatusCode);

        using var form = await SignInAsync(client, AdminFactory.Key);
        using var bearer = await GetWithKeyAsync(client, "/admin/stats", AdminFactory.Key);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, bearer.StatusCode);
        Assert.InRange(int.Parse(form.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Contains("Too many wrong keys", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        factory.Time.Advance(TimeSpan.FromMinutes(1));
        using var later = await SignInAsync(client, AdminFactory.Key);
        Assert.Equal(HttpStatusCode.SeeOther, later.StatusCode);
    }

    [Fact]
    public async Task The_page_forbids_framing_caching_sniffing_and_anything_not_its_own()
    {
        ForgetWrongKeys();
        using var client = Client();

        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        var nonce = System.Text.RegularExpressions.Regex.Match(policy, "script-src 'nonce-([^']+)'").Groups[1].Value;
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<style nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin/nothing-here")]
    [InlineData("/admin/stats/more")]
    [InlineData("/admin/login")]
    public async Task Only_the_page_its_figures_and_its_forms_exist(string path)
    {
        ForgetWrongKeys();
        using var client = Client();

        using var response = await GetWithKeyAsync(client, path, AdminFactory.Key);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, $"{path}: {(int)response.StatusCode}");
    }

    /// <summary>A body sent without Content-Length (chunked), as a client streaming a large upload would.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] body;

        public ChunkedContent(string body)
        {
            this.body = System.Text.Encoding.UTF8.GetBytes(body);
            Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
