using CareerBot.BotFramework.DirectLine;
using CareerBot.Conversation;
using Microsoft.Extensions.Options;

namespace CareerBot.WebChat;

/// <summary>Gives the page a Direct Line token: for the visitor's conversation when the resume cookie names one that is
/// still kept (the page then reconnects to it and sees its history), else for a new one (from
/// <see cref="WebChatTokenIssuer"/>). With Azure's Direct Line every page load starts a new conversation: the
/// conversations are Azure's, not this app's.</summary>
public sealed class WebChatSessions
{
    private readonly WebChatTokenIssuer issuer;
    private readonly DirectLineTokens tokens;
    private readonly IDirectLineConversationStore store;
    private readonly WebChatResumeTickets tickets;
    private readonly bool azure;
    private readonly ILogger<WebChatSessions> logger;

    /// <summary>Creates the sessions.</summary>
    public WebChatSessions(
        WebChatTokenIssuer issuer, DirectLineTokens tokens, IDirectLineConversationStore store, WebChatResumeTickets tickets,
        IOptions<DirectLineOptions> options, ILogger<WebChatSessions> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.issuer = issuer;
        this.tokens = tokens;
        this.store = store;
        this.tickets = tickets;
        azure = options.Value.UsesAzure;
        this.logger = logger;
    }

    /// <summary>A session for the request's visitor, whose Direct Line is at <paramref name="own"/> (this app's, as the
    /// request reached it); null when Azure could not give a token.</summary>
    public async Task<WebChatSession?> StartAsync(HttpContext context, Uri own, WebChatSessionRequest? request)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(own);
        if (!azure && request?.Restart != true && await tickets.ReadAsync(context) is var (conversationId, userId))
        {
            var conversation = await store.FindAsync(conversationId, context.RequestAborted);
            if (conversation is not null && string.Equals(conversation.UserId, userId, StringComparison.Ordinal))
            {
                tickets.Issue(context, conversation.Id, conversation.UserId);
                logger.LogDebug("Web Chat conversation {Conversation} resumed", Pseudonym.Of(conversation.Id));
                return new WebChatSession(
                    tokens.Issue(conversation.Id, conversation.UserId, conversation.Locale), conversation.Id, conversation.UserId,
                    tokens.LifetimeSeconds, own.ToString().TrimEnd('/'), Resume: true, Renewable: true);
            }
        }

        var issued = await issuer.IssueAsync(own, request?.Locale, context.RequestAborted);
        if (issued is null)
        {
            return null;
        }

        if (!azure)
        {
            tickets.Issue(context, issued.ConversationId, issued.UserId);
        }

        return new WebChatSession(issued.Token, issued.ConversationId, issued.UserId, issued.ExpiresIn, issued.Domain, Resume: false, Renewable: !azure);
    }
}
