using Microsoft.AspNetCore.Builder;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Adds <see cref="StorageOutageMiddleware"/>.</summary>
public static class StorageOutageApplicationBuilderExtensions
{
    /// <summary>Answers 503 with Retry-After when the conversation store is unreachable. Add it before the endpoints.</summary>
    public static IApplicationBuilder UseStorageOutageResponses(this IApplicationBuilder app) =>
        app.UseMiddleware<StorageOutageMiddleware>();
}
