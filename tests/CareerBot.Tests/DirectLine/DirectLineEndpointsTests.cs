using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static CareerBot.Tests.DirectLine.DirectLineClient;

namespace CareerBot.Tests.DirectLine;

/// <summary>The HTTP contract of /v3/directline: what Web Chat and DirectLineJS rely on, and every refusal.</summary>
public sealed class DirectLineEndpointsTests : IClassFixture<DirectLineFactory>
{
    private readonly DirectLineFactory factory;

    public DirectLineEndpointsTests(DirectLineFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task Tokens_generate_with_the_secret_gives_a_signed_token_bound_to_a_conversation_and_a_dl_user()
    {
        using var client = factory.CreateClient();

        var generated = await GenerateAsync(client, "dl_alex");

        var token = generated.GetProperty("token").GetString()!;
        Assert.Equal(1800, generated.GetProperty("expires_in").GetInt32());
        var claims = Claims(token);
        Assert.Equal("dl_alex", claims.GetProperty("user").GetString());
        Assert.Equal(generated.GetProperty("conversationId").GetString(), claims.GetProperty("conv").GetString());
        Assert.StartsWith("dl_", Claims((await GenerateAsync(client)).GetProperty("token").GetString()!).GetProperty("user").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-the-secret", HttpStatusCode.Forbidden)]
    public async Task Tokens_generate_needs_the_secret(string? credential, HttpStatusCode status)
    {
        using var client = factory.CreateClient();
        using var response = await SendAsync(client, HttpMethod.Post, "/tokens/generate", credential);

        await AssertErrorAsync(response, status);
    }

    [Fact]
    public async Task Tokens_generate_refuses_a_token_and_a_user_id_without_the_dl_prefix()
    {
        using var client = factory.CreateClient();
        var token = (await GenerateAsync(client)).GetProperty("token").GetString();

        using var withToken = await SendAsync(client, HttpMethod.Post, "/tokens/generate", token);
        await AssertErrorAsync(withToken, HttpStatusCode.Forbidden);

        using var badUser = await SendAsync(client, HttpMethod.Post, "/tokens/generate", DirectLineFactory.Secret, new JsonObject { ["user"] = new JsonObject { ["id"] = "alex" } });
        Assert.Equal("BadArgument", await AssertErrorAsync(badUser, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Starting_a_conversation_welcomes_the_user_first_and_only_once()
    {
        using var client = factory.CreateClient();
        var token = (await GenerateAsync(client)).GetProperty("token").GetString();

        using var created = await SendAsync(client, HttpMethod.Post, "/conversations", token, new JsonObject { ["user"] = new JsonObject { ["id"] = "r_someone" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var conversation = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = conversation.GetProperty("conversationId").GetString()!;
        var newToken = conversation.GetProperty("token").GetString()!;
        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{id}/stream?t=", conversation.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(1800, conversation.GetProperty("expires_in").GetInt32());

        using var again = await SendAsync(client, HttpMethod.Post, "/conversations", newToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var (activities, watermark) = await GetAsync(client, id, newToken);
        var welcome = Assert.Single(activities);
        Assert.Equal("message", welcome.GetProperty("type").GetString());
        Assert.Contains("**CareerBot**", welcome.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("webchat", welcome.GetProperty("channelId").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(Claims(newToken).GetProperty("user").GetString(), welcome.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal($"{id}|0000000", welcome.GetProperty("id").GetString());
        Assert.Equal("0", watermark);
    }

    [Fact]
    public async Task The_users_activity_is_echoed_with_an_id_and_its_client_activity_id_then_the_bot_answers()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);
        var (_, afterWelcome) = await GetAsync(client, id, token);

        var sentId = await PostAsync(client, id, token, Message("What salary can I expect?", "client-42", fromId: "dl_someone-else"));

        var (activities, _) = await GetAsync(client, id, token, afterWelcome);
        var echo = activities[0];
        Assert.Equal(sentId, echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal(Claims(token).GetProperty("user").GetString(), echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("webchat", echo.GetProperty("channelId").GetString());
        Assert.Equal("http://localhost/", echo.GetProperty("serviceUrl").GetString());
        Assert.Equal(id, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("careerbot", echo.GetProperty("recipient").GetProperty("id").GetString());
        // A typing indicator may come between them when the turn is slow (the adapter sends it after 300 ms).
        var asks = activities.Skip(1).First(a => a.GetProperty("type").GetString() != "typing");
        Assert.Equal(sentId, asks.GetProperty("replyToId").GetString());
        Assert.Contains("How many years of experience", asks.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_salary_conversation_answers_with_the_band_and_the_watermark_returns_only_what_is_new()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);
        await PostAsync(client, id, token, Message("What salary can I expect?", "c1"));
        var (_, watermark) = await GetAsync(client, id, token);

        await PostAsync(client, id, token, Message("7 years", "c2"));

        var (all, next) = await GetAsync(client, id, token, watermark);
        var activities = all.Where(a => a.GetProperty("type").GetString() != "typing").ToList();
        Assert.Equal(2, activities.Count);
        Assert.Equal("7 years", activities[0].GetProperty("text").GetString());
        Assert.Contains("€59,000–€73,000", activities[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty((await GetAsync(client, id, token, next)).Activities);
    }

    [Fact]
    public async Task Reconnecting_gives_a_fresh_stream_url_from_the_watermark_and_refresh_gives_a_working_token()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);

        using var reconnect = await SendAsync(client, HttpMethod.Get, $"/conversations/{id}?watermark=0", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var conversation = await reconnect.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/stream?watermark=0&t=", conversation.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);

        using var refresh = await SendAsync(client, HttpMethod.Post, "/tokens/refresh", token);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = (await refresh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        Assert.NotEqual(token, refreshed);
        Assert.Equal(Claims(token).GetProperty("user").GetString(), Claims(refreshed).GetProperty("user").GetString());
        Assert.Single((await GetAsync(client, id, refreshed)).Activities);

        using var secretRefresh = await SendAsync(client, HttpMethod.Post, "/tokens/refresh", DirectLineFactory.Secret);
        await AssertErrorAsync(secretRefresh, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_forged_token_is_403()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);
        var parts = token.Split('.');
        var claims = JsonNode.Parse(Claims(token).GetRawText())!;
        claims["conv"] = "someone-elses-conversation";
        var forgedClaims = Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(claims)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var forged = $"{parts[0]}.{forgedClaims}.{parts[2]}";
        var resigned = $"{parts[0]}.{parts[1]}.{parts[2][..^4]}AAAA";

        foreach (var credential in new[] { forged, resigned, "garbage", parts[0] + ".." })
        {
            using var response = await SendAsync(client, HttpMethod.Get, $"/conversations/{id}/activities", credential);
            await AssertErrorAsync(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Another_conversations_token_is_403_and_an_unknown_conversation_is_404()
    {
        using var client = factory.CreateClient();
        var (mine, myToken) = await StartAsync(client);
        var (theirs, _) = await StartAsync(client);

        using var other = await SendAsync(client, HttpMethod.Get, $"/conversations/{theirs}/activities", myToken);
        await AssertErrorAsync(other, HttpStatusCode.Forbidden);
        using var otherPost = await SendAsync(client, HttpMethod.Post, $"/conversations/{theirs}/activities", myToken, Message("hi"));
        await AssertErrorAsync(otherPost, HttpStatusCode.Forbidden);

        using var unknown = await SendAsync(client, HttpMethod.Get, "/conversations/no-such-conversation/activities", DirectLineFactory.Secret);
        await AssertErrorAsync(unknown, HttpStatusCode.NotFound);
        var reserved = await GenerateAsync(client);
        using var notStarted = await SendAsync(client, HttpMethod.Post, $"/conversations/{reserved.GetProperty("conversationId").GetString()}/activities", reserved.GetProperty("token").GetString(), Message("hi"));
        await AssertErrorAsync(notStarted, HttpStatusCode.NotFound);
        using var reconnect = await SendAsync(client, HttpMethod.Get, "/conversations/no-such-conversation", DirectLineFactory.Secret);
        await AssertErrorAsync(reconnect, HttpStatusCode.NotFound);
        Assert.NotEmpty(mine);
    }

    [Fact]
    public async Task No_credential_is_401()
    {
        using var client = factory.CreateClient();
        var (id, _) = await StartAsync(client);

        using var response = await SendAsync(client, HttpMethod.Get, $"/conversations/{id}/activities", credential: null);

        await AssertErrorAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_oversized_activity_is_413()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);

        using var response = await SendAsync(client, HttpMethod.Post, $"/conversations/{id}/activities", token, Message(new string('a', DirectLineFactory.MaxActivityBytes)));

        Assert.Equal("MessageSizeTooBig", await AssertErrorAsync(response, HttpStatusCode.RequestEntityTooLarge));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"  \"}")]
    [InlineData("null")]
    public async Task An_activity_without_a_type_or_not_json_is_400(string body)
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await client.SendAsync(request);

        Assert.Equal("BadArgument", await AssertErrorAsync(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Posting_faster_than_the_limit_is_429_with_retry_after()
    {
        using var client = factory.CreateClient();
        var (id, token) = await StartAsync(client);
        for (var i = 0; i < DirectLineFactory.RateLimit; i++)
        {
            await PostAsync(client, id, token, new JsonObject { ["type"] = "typing" });
        }

        using var response = await SendAsync(client, HttpMethod.Post, $"/conversations/{id}/activities", token, Message("one too many"));

        await AssertErrorAsync(response, HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_gets_the_headers_web_chat_needs_and_a_max_age()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations/abc/activities");
        request.Headers.Add("Origin", DirectLineFactory.AllowedOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(DirectLineFactory.AllowedOrigin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var headers = Assert.Single(response.Headers.GetValues("Access-Control-Allow-Headers"));
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" })
        {
            Assert.Contains(header, headers, StringComparison.Ordinal);
        }

        Assert.Contains("POST", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Equal("600", Assert.Single(response.Headers.GetValues("Access-Control-Max-Age")));
    }

    [Fact]
    public async Task A_preflight_from_another_origin_is_refused_and_responses_carry_no_cors_headers_for_it()
    {
        using var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", "https://evil.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var refused = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));

        var (id, token) = await StartAsync(client);
        foreach (var (origin, allowed) in new[] { ("https://evil.example", false), (DirectLineFactory.AllowedOrigin, true) })
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{id}/activities");
            get.Headers.Authorization = new("Bearer", token);
            get.Headers.Add("Origin", origin);
            using var response = await client.SendAsync(get);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task The_stream_pushes_the_welcome_then_the_echo_and_the_reply_and_keeps_alive()
    {
        using var client = factory.CreateClient();
        var generated = await GenerateAsync(client);
        using var start = await SendAsync(client, HttpMethod.Post, "/conversations", generated.GetProperty("token").GetString());
        var conversation = await start.Content.ReadFromJsonAsync<JsonElement>();
        var id = conversation.GetProperty("conversationId").GetString()!;
        var token = conversation.GetProperty("token").GetString()!;
        var streamUrl = new Uri(conversation.GetProperty("streamUrl").GetString()!);

        using var socket = await factory.Server.CreateWebSocketClient().ConnectAsync(streamUrl, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var first = await StreamFrames.NextAsync(socket, timeout.Token);
        Assert.Contains("**CareerBot**", first!.Value.GetProperty("activities")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("0", first.Value.GetProperty("watermark").GetString());

        Assert.Null(await StreamFrames.NextAsync(socket, timeout.Token)); // an empty keep-alive frame while nothing happens

        await PostAsync(client, id, token, Message("What is the salary with 7 years of experience?", "ws-1"));
        var texts = new List<string>();
        while (!texts.Any(t => t.Contains("€59,000–€73,000", StringComparison.Ordinal)))
        {
            if (await StreamFrames.NextAsync(socket, timeout.Token) is { } frame)
            {
                texts.AddRange(frame.GetProperty("activities").EnumerateArray().Select(a => a.TryGetProperty("text", out var text) ? text.GetString()! : a.GetProperty("type").GetString()!));
            }
        }

        Assert.Equal("What is the salary with 7 years of experience?", texts[0]);
        await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task The_stream_refuses_a_forged_token()
    {
        using var client = factory.CreateClient();
        var (id, _) = await StartAsync(client);

        using var response = await client.GetAsync($"/v3/directline/conversations/{id}/stream?t=forged");

        await AssertErrorAsync(response, HttpStatusCode.Forbidden);
    }
}
