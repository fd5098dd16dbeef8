using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using static CareerBot.Tests.Admin.AdminClient;

namespace CareerBot.Tests.Admin;

/// <summary>Neither the operator key nor a wrong one given in its place is ever logged, at any level.</summary>
public sealed class AdminLoggingTests : IClassFixture<AdminLoggingTests.LoggedAdminFactory>
{
    private const string WrongKey = "a-wrong-key-that-must-not-be-logged";
    private readonly LoggedAdminFactory factory;

    public AdminLoggingTests(LoggedAdminFactory factory)
    {
        this.factory = factory;
    }

    [Fact]
    public async Task Keys_are_never_logged()
    {
        using var client = Create(factory);
        using var other = Create(factory);

        using var wrong = await SignInAsync(client, WrongKey);
        using var wrongBearer = await GetWithKeyAsync(client, "/admin/api/stats", WrongKey);
        using var right = await SignInAsync(other, AdminFactory.Key);
        using var rightBearer = await GetWithKeyAsync(other, "/admin", AdminFactory.Key);
        using var signOut = await SignOutAsync(other, SessionCookie(right)!);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, rightBearer.StatusCode);
        var lines = factory.Lines.ToArray();
        Assert.Contains(lines, line => line.Contains("An operator sign-in was refused", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("An operator signed in", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("An operator signed out", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(AdminFactory.Key, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(WrongKey, StringComparison.Ordinal));
    }

    /// <summary>The operator page with every log at every level kept.</summary>
    public sealed class LoggedAdminFactory : AdminFactory
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Logging:LogLevel:Default", "Trace");
            builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new QueueLoggerProvider(Lines)));
        }
    }

    private sealed class QueueLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new QueueLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class QueueLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {values} {exception}");
        }
    }
}
