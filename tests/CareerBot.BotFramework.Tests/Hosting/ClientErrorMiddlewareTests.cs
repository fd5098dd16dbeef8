using CareerBot.BotFramework.Hosting;
using CareerBot.BotFramework.Tests.Connector;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.BotFramework.Tests.Hosting;

/// <summary>A request the client broke while it was read (a body arriving too slowly: Kestrel's minimum data rate) is
/// answered with its status, not left to the server as an unhandled exception with a stack trace per connection.</summary>
public sealed class ClientErrorMiddlewareTests
{
    [Theory]
    [InlineData(StatusCodes.Status408RequestTimeout)]
    [InlineData(StatusCodes.Status400BadRequest)]
    [InlineData(StatusCodes.Status413PayloadTooLarge)]
    public async Task A_broken_request_gets_its_status_and_no_log_above_debug(int status)
    {
        var logs = new LogCollector();
        using var factory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var middleware = new ClientErrorMiddleware(
            _ => throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", status),
            factory.CreateLogger<ClientErrorMiddleware>());
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.Equal(status, context.Response.StatusCode);
        Assert.All(logs.Entries, entry => Assert.True(entry.Level <= LogLevel.Debug, entry.Message));
    }

    [Fact]
    public async Task Other_exceptions_go_on_up()
    {
        var middleware = new ClientErrorMiddleware(_ => throw new InvalidOperationException("a bug"), Microsoft.Extensions.Logging.Abstractions.NullLogger<ClientErrorMiddleware>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(new DefaultHttpContext()));
    }
}
