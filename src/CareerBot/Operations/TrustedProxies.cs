using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace CareerBot.Operations;

/// <summary>Reads the client's address and scheme from the forwarded headers of the proxies listed in
/// <c>ForwardedHeaders:KnownProxies</c> and <c>KnownNetworks</c> (ASP.NET Core's forwarded headers middleware), and of no
/// one else. With none listed, the connection's address is the client's. (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>
/// still works, and believes any sender: safe only when CareerBot is reachable through the proxy alone.)</summary>
public static class TrustedProxies
{
    /// <summary>Reads and checks the <c>ForwardedHeaders</c> settings; a malformed address stops start-up naming the key.</summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TrustedProxyOptions.Section);
        services.Configure<TrustedProxyOptions>(section);
        var settings = section.Get<TrustedProxyOptions>() ?? new TrustedProxyOptions();
        var proxies = settings.KnownProxies.Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new InvalidOperationException($"CareerBot cannot start: ForwardedHeaders:KnownProxies holds '{proxy}', which is not an IP address.")).ToList();
        var networks = settings.KnownNetworks.Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"CareerBot cannot start: ForwardedHeaders:KnownNetworks holds '{network}', which is not a network in CIDR notation.")).ToList();
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return services;
        }

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = Math.Max(1, settings.ForwardLimit);
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>Applies the forwarded headers of the trusted proxies, when some are configured. Add it before anything
    /// that reads the client's address (the rate limiter).</summary>
    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.ApplicationServices.GetRequiredService<IOptions<TrustedProxyOptions>>().Value;
        return settings.KnownProxies.Count == 0 && settings.KnownNetworks.Count == 0 ? app : app.UseForwardedHeaders();
    }
}
