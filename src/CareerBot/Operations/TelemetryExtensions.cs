using CareerBot.BotFramework.Telemetry;
using CareerBot.Conversation;
using CareerBot.Core.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CareerBot.Operations;

/// <summary>OpenTelemetry for CareerBot: its own meters and activity sources plus ASP.NET Core's and HttpClient's,
/// metrics in Prometheus text at <c>/metrics</c>, and everything over OTLP when <c>OpenTelemetry:Endpoint</c> is set.</summary>
public static class TelemetryExtensions
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>Adds the OpenTelemetry SDK; providers are flushed when the host stops.</summary>
    public static WebApplicationBuilder AddCareerBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        Pseudonym.UseKey(options.PseudonymKey);
        Uri? endpoint = null;
        if (!string.IsNullOrWhiteSpace(options.Endpoint) && !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out endpoint))
        {
            throw new InvalidOperationException($"CareerBot cannot start: OpenTelemetry:Endpoint '{options.Endpoint}' is not an absolute URL.");
        }

        builder.Services.AddSingleton<IHealthCheckPublisher, HealthMetrics>();
        builder.Services.Configure<HealthCheckPublisherOptions>(publisher =>
        {
            publisher.Delay = HealthMetrics.Delay;
            publisher.Period = HealthMetrics.Period;
        });

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.Name, ConversationTelemetry.Name, HealthMetrics.MeterName, "System.Runtime")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                if (endpoint is not null)
                {
                    metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint);
                }
            });

        // Spans cost time on every turn; they are recorded only when someone collects them.
        if (endpoint is not null)
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name, ConversationTelemetry.Name)
                .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => !context.Request.Path.StartsWithSegments(MetricsPath))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(otlp => otlp.Endpoint = endpoint));
            builder.Logging.AddOpenTelemetry(logging => logging.AddOtlpExporter(otlp => otlp.Endpoint = endpoint));
        }

        return builder;
    }

    /// <summary>Maps <c>GET /metrics</c> (Prometheus text format).</summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath);
        return endpoints;
    }
}
