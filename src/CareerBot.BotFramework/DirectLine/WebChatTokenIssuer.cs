using System.Net.Http.Headers;
using System.Net.Http.Json;
using CareerBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework.DirectLine;

/// <summary>Gives a web page a Direct Line token and tells it where to use it: this app's own Direct Line, or Azure's when
/// <see cref="DirectLineOptions.AzureSecret"/> is set (the secret is exchanged on the server; the page never sees it).</summary>
public sealed class WebChatTokenIssuer
{
    private readonly HttpClient http;
    private readonly DirectLineTokens tokens;
    private readonly DirectLineOptions options;
    private readonly ILogger<WebChatTokenIssuer> logger;

    /// <summary>Creates the issuer.</summary>
    public WebChatTokenIssuer(HttpClient http, DirectLineTokens tokens, IOptions<DirectLineOptions> options, ILogger<WebChatTokenIssuer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.http = http;
        this.tokens = tokens;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>A token for a new conversation with a new <c>dl_</c> user; null when Azure could not give one.</summary>
    /// <param name="ownDirectLine">This app's Direct Line base URL, as the page reaches it.</param>
    /// <param name="locale">The browser's language, for the welcome.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    public async Task<WebChatToken?> IssueAsync(Uri ownDirectLine, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ownDirectLine);
        var userId = DirectLineTokens.NewUserId();
        if (!options.UsesAzure)
        {
            var conversationId = DirectLineTokens.NewConversationId();
            return new WebChatToken(tokens.Issue(conversationId, userId, Locale(locale)), conversationId, userId, tokens.LifetimeSeconds, ownDirectLine.ToString().TrimEnd('/'));
        }

        var endpoint = options.AzureEndpoint.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint + "/tokens/generate")
        {
            Content = JsonContent.Create(new ConversationRequest(new ChannelAccount(userId)), BotJsonContext.Default.ConversationRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.AzureSecret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Azure Direct Line refused a token: {StatusCode}", (int)response.StatusCode);
                return null;
            }

            var granted = await response.Content.ReadFromJsonAsync(BotJsonContext.Default.ConversationResponse, cancellationToken);
            return granted is null || string.IsNullOrEmpty(granted.Token)
                ? null
                : new WebChatToken(granted.Token, granted.ConversationId, userId, granted.ExpiresIn, endpoint);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning(exception, "Azure Direct Line could not be reached for a token");
            return null;
        }
    }

    private static string? Locale(string? locale) =>
        locale is { Length: > 0 and <= 35 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? locale : null;
}
