using CareerBot.Admin;
using CareerBot.BotFramework.DirectLine;
using CareerBot.BotFramework.Hosting;
using CareerBot.Conversation;
using CareerBot.Core.Content;
using CareerBot.Core.Understanding;
using CareerBot.Operations;
using CareerBot.Storage;
using CareerBot.WebChat;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerBot.Hosting;

/// <summary>Wires CareerBot: content, understanding, dialogs, storage, the Bot Framework protocol and Direct Line, the
/// Web Chat page, telemetry and protection.</summary>
public static class CareerBotBuilderExtensions
{
    /// <summary>Adds every CareerBot service. Loads and validates the content now: broken content stops start-up
    /// with a message naming the file and line.</summary>
    public static WebApplicationBuilder AddCareerBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        // First the content (milliseconds), then what takes longest: the number models of its languages, built beside
        // the rest of the start-up (see RecognizerWarmUp).
        var settings = ContentSettings.From(builder.Configuration, builder.Environment, Directory.GetCurrentDirectory());
        var content = LoadContent(settings.Folder);
        services.AddSingleton(settings);
        services.AddSingleton(new RecognizerModels(content.Languages.Select(l => l.Language))
            .StartBuildingNumberModels(content.Languages.Select(l => (l.Language, l.Vocabulary.WarmUpSample))));
        services.AddSingleton(TimeProvider.System);

        // Everything built from the content is one snapshot, swapped as a whole when an edit is applied (Content:Watch).
        // Code that reads the content resolves ContentCatalog per use, or reads LiveContent.Current once per request.
        services.AddSingleton<ContentSnapshotFactory>();
        services.AddSingleton(provider => new LiveContent(provider.GetRequiredService<ContentSnapshotFactory>().Create(content)));
        services.AddTransient(provider => provider.GetRequiredService<LiveContent>().Current.Catalog);
        services.AddSingleton<IConversationEngine, LiveConversationEngine>();
        if (settings.Watch)
        {
            services.AddSingleton<ContentWatcher>();
            services.AddHostedService(provider => provider.GetRequiredService<ContentWatcher>());
            services.AddSingleton<IContentStatus>(provider => provider.GetRequiredService<ContentWatcher>());
        }
        else
        {
            services.AddSingleton<IContentStatus, FixedContentStatus>();
        }

        services.AddSingleton<RecognizerWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<RecognizerWarmUp>());
        services.AddCareerBotStorage(builder.Configuration, builder.Environment);
        services.AddBotFramework(builder.Configuration);
        services.AddDirectLine(builder.Configuration);
        services.AddTrustedProxies(builder.Configuration);
        services.AddWebChatPage(builder.Configuration);
        services.AddClientIpRateLimit(builder.Configuration);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = builder.Configuration.GetValue("ShutdownTimeout", TimeSpan.FromSeconds(30)));
        builder.AddCareerBotTelemetry();
        services.AddAdminPage(builder.Configuration);
        services.AddHealthChecks()
            .AddCheck("content", () => HealthCheckResult.Healthy("loaded and valid"), [StorageServiceCollectionExtensions.ReadyTag])
            .AddCheck<RecognizersReadyCheck>("recognizers", tags: [StorageServiceCollectionExtensions.ReadyTag]);
        return builder;
    }

    private static ContentCatalog LoadContent(string folder)
    {
        try
        {
            return CareerBotContent.Check(folder).CatalogOrThrow();
        }
        catch (ContentException exception)
        {
            throw new InvalidOperationException($"CareerBot cannot start: its content is invalid. {exception.Message}", exception);
        }
    }
}
