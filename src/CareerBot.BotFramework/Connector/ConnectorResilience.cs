using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CareerBot.BotFramework.Connector;

/// <summary>The connector's resilience pipeline: a total timeout around bounded retries (exponential backoff with
/// jitter, <c>Retry-After</c> honoured) around a per-attempt timeout. Retried: 429 and 412 (Teams throttling), 502,
/// 503, 504 and attempts that timed out; nothing else (a 500 or a 4xx will not get better by asking again).</summary>
public static class ConnectorResilience
{
    /// <summary>The pipeline's name (it shows in resilience logs and metrics).</summary>
    public const string PipelineName = "BotConnector";

    private static readonly HashSet<HttpStatusCode> TransientStatusCodes =
    [
        HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway, HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    /// <summary>Adds the strategies to <paramref name="builder"/>, outermost first.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Total", Timeout = options.Timeout });
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = arguments => ValueTask.FromResult(IsTransient(arguments.Outcome)),
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "Attempt", Timeout = options.AttemptTimeout });
    }

    /// <summary>True for the outcomes worth another attempt.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is TimeoutRejectedException
        || (outcome.Result is { } response && TransientStatusCodes.Contains(response.StatusCode));
}
