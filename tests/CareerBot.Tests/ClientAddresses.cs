using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests;

/// <summary>The in-process test server gives requests no client address: this sets it, first in the pipeline, from the
/// test-only header <see cref="Header"/> (a test host only, never the app), so that a test can speak as several clients.</summary>
public sealed class ClientAddresses : IStartupFilter
{
    /// <summary>The header naming the client's address.</summary>
    public const string Header = "X-Test-Client-Address";

    /// <summary>Adds the filter to a test host.</summary>
    public static void Use(IWebHostBuilder builder) =>
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());

    /// <summary>A request from <paramref name="address"/>.</summary>
    public static HttpRequestMessage From(string address, HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(Header, address);
        return request;
    }

    /// <inheritdoc />
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
