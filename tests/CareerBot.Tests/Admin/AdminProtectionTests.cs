using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using CareerBot.Admin;
using Microsoft.Extensions.DependencyInjection;
using static CareerBot.Tests.Admin.AdminClient;

namespace CareerBot.Tests.Admin;

/// <summary>The operator page's protection, on ASP.NET Core's pieces: Bearer for scripts; for browsers a sign-in form
/// with an antiforgery token and a cookie whose session lives on the server (sign-out ends it); 401 without the key, 400
/// without a token, 429 past the key's rate limit, 4xx (never 5xx) for bad input; the key never echoed.</summary>
public sealed class AdminProtectionTests : IClassFixture<AdminFactory>
{
    private readonly AdminFactory factory;

    public AdminProtectionTests(AdminFactory factory)
    {
        this.factory = factory;
    }

    private HttpClient Client(string baseAddress = "http://localhost") => Create(factory, baseAddress);

    [Fact]
    public async Task Without_the_key_the_page_answers_401_with_the_sign_in_form_and_no_figures()
    {
        using var client = Client();
        using var response = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<form method=\"post\" action=\"/admin/login\"><input type=\"hidden\" name=\"antiforgery\" value=\"", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"key\">", html, StringComparison.Ordinal);
        Assert.Contains("type=\"password\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<canvas", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminFactory.Key, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Bearer ")]
    [InlineData("Basic b3BlcmF0b3I6a2V5")]
    public async Task The_figures_need_the_key(string? authorization)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/api/stats");
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
        using var client = Client();

        using var stats = await GetWithKeyAsync(client, "/admin/api/stats", AdminFactory.Key);
        using var page = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);

        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Equal("application/json", stats.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", stats.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<canvas id=\"chart-turns\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_sets_an_http_only_strict_cookie_scoped_to_the_page_that_is_not_the_key_and_opens_the_page()
    {
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
        using var stats = await GetWithCookieAsync(client, "/admin/api/stats", session);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Sign out", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminFactory.Key, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_the_cookies_are_secure()
    {
        using var client = Client("https://localhost");

        using var signIn = await SignInAsync(client, AdminFactory.Key);

        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Contains("secure", SetCookie(signIn), StringComparison.OrdinalIgnoreCase);
        using var form = await client.GetAsync("/admin");
        Assert.Contains(form.Headers.GetValues("Set-Cookie"), c => c.StartsWith("careerbot_admin_antiforgery=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_wrong_key_answers_401_with_the_form_again_saying_nothing_of_the_key()
    {
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
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "value="));
    }

    [Theory]
    [InlineData("")]
    [InlineData("v2.99999999999.AAAA.BBBB")]
    [InlineData("CfDJ8notarealticket")]
    [InlineData("operator-key-for-tests-5f2c9a71")]
    public async Task A_forged_cookie_is_not_a_sign_in(string forged)
    {
        using var client = Client();

        using var response = await GetWithCookieAsync(client, "/admin/api/stats", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_changed_cookie_or_one_past_its_lifetime_is_refused()
    {
        using var client = Client();
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        var changed = session[..20] + (session[20] == 'A' ? 'B' : 'A') + session[21..];

        using var tampered = await GetWithCookieAsync(client, "/admin/api/stats", changed);
        factory.Time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        using var expired = await GetWithCookieAsync(client, "/admin/api/stats", session);

        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_a_session_clears_the_cookie_and_goes_back_to_the_form()
    {
        using var client = Client();
        var form = await OpenFormAsync(client);

        using var response = await PostFormAsync(client, "/admin/logout", $"antiforgery={Uri.EscapeDataString(form.Token)}", "application/x-www-form-urlencoded", form);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
        var cleared = SetCookie(response);
        Assert.NotNull(cleared);
        Assert.StartsWith("careerbot_admin=;", cleared, StringComparison.Ordinal);
        Assert.Contains("expires=Thu, 01 Jan 1970", cleared, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_the_cookie_taken_before_is_refused()
    {
        using var client = Client();
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        var store = factory.Services.GetRequiredService<AdminTicketStore>();
        var sessions = store.Count;
        using (var before = await GetWithCookieAsync(client, "/admin/api/stats", session))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (var signOut = await SignOutAsync(client, session))
        {
            Assert.Equal(HttpStatusCode.SeeOther, signOut.StatusCode);
        }

        using var replayed = await GetWithCookieAsync(client, "/admin/api/stats", session);
        using var page = await GetWithCookieAsync(client, "/admin", session);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Equal(sessions - 1, store.Count);
    }

    [Fact]
    public async Task A_sign_in_without_its_antiforgery_token_or_cookie_answers_400_and_signs_no_one_in()
    {
        using var client = Client();
        var form = await OpenFormAsync(client);
        var key = Uri.EscapeDataString(AdminFactory.Key);

        using var noToken = await PostFormAsync(client, "/admin/login", $"key={key}", "application/x-www-form-urlencoded", form);
        using var noCookie = await PostFormAsync(client, "/admin/login", $"antiforgery={Uri.EscapeDataString(form.Token)}&key={key}", "application/x-www-form-urlencoded", form: null);
        using var forged = await PostFormAsync(client, "/admin/login", $"antiforgery=CfDJ8forged&key={key}", "application/x-www-form-urlencoded", form);

        foreach (var response in new[] { noToken, noCookie, forged })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(SetCookie(response));
        }

        Assert.Contains("The form had expired", await noToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_out_without_its_antiforgery_token_answers_400_and_the_session_goes_on()
    {
        using var client = Client();
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        var form = await OpenFormAsync(client, session);

        using var signOut = await PostFormAsync(client, "/admin/logout", string.Empty, "application/x-www-form-urlencoded", form, session);
        using var after = await GetWithCookieAsync(client, "/admin/api/stats", session);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example.com")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task A_sign_in_posted_from_another_site_has_no_token_and_is_refused(string header, string value)
    {
        using var client = Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login") { Content = new FormUrlEncodedContent([new("key", AdminFactory.Key)]) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(SetCookie(response));
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
    public async Task Bad_sign_in_requests_with_a_valid_token_answer_4xx(string body, string? contentType, HttpStatusCode expected)
    {
        using var client = Client();
        var form = await OpenFormAsync(client);
        var withToken = contentType == "application/x-www-form-urlencoded" ? $"antiforgery={Uri.EscapeDataString(form.Token)}&{body}" : body;

        using var response = await PostFormAsync(client, "/admin/login", withToken, contentType, form);

        Assert.Equal(expected, response.StatusCode);
        Assert.Null(SetCookie(response));
    }

    [Fact]
    public async Task A_huge_sign_in_form_answers_413_or_400_never_5xx()
    {
        using var client = Client();
        var form = await OpenFormAsync(client);
        var token = $"antiforgery={Uri.EscapeDataString(form.Token)}&";
        var huge = token + "key=" + new string('a', 200_000);

        using var declared = await PostFormAsync(client, "/admin/login", huge, "application/x-www-form-urlencoded", form);
        using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, "/admin/login") { Content = new ChunkedContent(huge) };
        chunkedRequest.Headers.Add("Cookie", form.Cookie);
        using var chunked = await client.SendAsync(chunkedRequest);
        using var longValue = await PostFormAsync(client, "/admin/login", token + "key=" + new string('b', 2000), "application/x-www-form-urlencoded", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.InRange((int)chunked.StatusCode, 400, 499);
        Assert.InRange((int)longValue.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Keys_sent_in_parallel_cannot_pass_the_limit()
    {
        // Issue 18's guarantee: the permit is taken before the key is read, so 30 attempts at once get no more answers
        // on their key than the limit.
        using var client = Client();
        var form = await OpenFormAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(i => i % 2 == 0
            ? PostFormAsync(client, "/admin/login", $"antiforgery={Uri.EscapeDataString(form.Token)}&key=wrong-{i}", "application/x-www-form-urlencoded", form)
            : GetWithKeyAsync(client, "/admin/api/stats", $"wrong-{i}")));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var response in responses)
        {
            response.Dispose();
        }

        Assert.Equal(AdminFactory.MaxKeyAttempts, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(30 - AdminFactory.MaxKeyAttempts, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Past_the_limit_every_key_waits_with_429_and_retry_after_but_a_signed_in_browser_goes_on()
    {
        using var client = Client();
        using var signIn = await SignInAsync(client, AdminFactory.Key);
        var session = SessionCookie(signIn)!;
        for (var i = 0; i < AdminFactory.MaxKeyAttempts - 2; i++)
        {
            using var wrong = await SignInAsync(client, $"wrong-{i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var wrongBearer = await GetWithKeyAsync(client, "/admin/api/stats", "wrong-bearer");
        Assert.Equal(HttpStatusCode.Unauthorized, wrongBearer.StatusCode);

        using var form = await SignInAsync(client, AdminFactory.Key);
        using var bearer = await GetWithKeyAsync(client, "/admin/api/stats", AdminFactory.Key);
        using var cookie = await GetWithCookieAsync(client, "/admin/api/stats", session);
        Assert.Equal(HttpStatusCode.TooManyRequests, form.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cookie.StatusCode);
        Assert.InRange(int.Parse(form.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture), 1, 60);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("Too many keys given from this address", html, StringComparison.Ordinal);
        Assert.Contains("name=\"antiforgery\"", html, StringComparison.Ordinal);
        var rejections = (await StatsAsync(Client())).GetProperty("rateLimitRejections");
        Assert.Contains(rejections.EnumerateArray(), r => r.GetProperty("name").GetString() == "admin-sign-in");
    }

    [Fact]
    public async Task The_page_forbids_framing_caching_sniffing_inline_code_and_anything_not_its_own()
    {
        using var client = Client();

        using var response = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);

        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script defer src=\"/admin/assets/chart.umd.min.js?v=", html, StringComparison.Ordinal);
        Assert.Contains("<script defer src=\"/admin/assets/admin.js?v=", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/admin/assets/admin.css?v=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chart_js_is_served_locally_brotli_compressed_and_immutable_at_its_versioned_address()
    {
        using var client = Client();
        using var page = await GetWithKeyAsync(client, "/admin", AdminFactory.Key);
        var address = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "src=\"(/admin/assets/chart\\.umd\\.min\\.js\\?v=[0-9a-f]+)\"").Groups[1].Value;

        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var brotli = await client.SendAsync(request);
        using var plain = await client.GetAsync("/admin/assets/chart.umd.min.js");
        using var script = await client.GetAsync("/admin/assets/admin.js");
        using var unknown = await client.GetAsync("/admin/assets/other.js");

        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal("br", brotli.Content.Headers.ContentEncoding.Single());
        Assert.Contains("immutable", brotli.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var compressed = (await brotli.Content.ReadAsByteArrayAsync()).Length;
        var text = await plain.Content.ReadAsStringAsync();
        Assert.StartsWith("/*!\n * Chart.js v4.", text, StringComparison.Ordinal);
        Assert.InRange(compressed, 1, text.Length / 2);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("innerHTML", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [InlineData("/admin/nothing-here")]
    [InlineData("/admin/api/stats/more")]
    [InlineData("/admin/stats")]
    [InlineData("/admin/login")]
    public async Task Only_the_page_its_figures_its_files_and_its_forms_exist(string path)
    {
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
