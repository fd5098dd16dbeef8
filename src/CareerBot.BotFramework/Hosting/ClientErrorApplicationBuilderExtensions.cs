using Microsoft.AspNetCore.Builder;

namespace CareerBot.BotFramework.Hosting;

/// <summary>Adds <see cref="ClientErrorMiddleware"/>.</summary>
public static class ClientErrorApplicationBuilderExtensions
{
    /// <summary>Answers requests the client broke while they were read with their 4xx, not a logged exception. Add it
    /// first.</summary>
    public static IApplicationBuilder UseClientErrorResponses(this IApplicationBuilder app) =>
        app.UseMiddleware<ClientErrorMiddleware>();
}
