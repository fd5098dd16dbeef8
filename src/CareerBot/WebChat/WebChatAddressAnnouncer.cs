using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CareerBot.WebChat;

/// <summary>Says, once CareerBot listens, which address to open in a browser to chat with it: the first address it
/// listens on, with <c>localhost</c> for an address on every interface (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>).</summary>
public sealed class WebChatAddressAnnouncer : IHostedService
{
    private readonly IServer server;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<WebChatAddressAnnouncer> logger;

    /// <summary>Creates the announcer.</summary>
    public WebChatAddressAnnouncer(IServer server, IHostApplicationLifetime lifetime, ILogger<WebChatAddressAnnouncer> logger)
    {
        this.server = server;
        this.lifetime = lifetime;
        this.logger = logger;
    }

    /// <summary>The address to open for one the server listens on.</summary>
    public static string ToOpen(string listening)
    {
        ArgumentNullException.ThrowIfNull(listening);
        var address = listening.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return listening;
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri) { Host = host }.Uri.ToString().TrimEnd('/');
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            if (server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } listening)
            {
                logger.LogInformation("CareerBot is ready: open {Address} in a browser to chat with it (Ctrl+C stops it)", ToOpen(listening));
            }
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
