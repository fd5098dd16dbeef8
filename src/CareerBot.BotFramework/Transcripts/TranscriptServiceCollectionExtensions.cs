using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.BotFramework.Transcripts;

/// <summary>Registers transcripts: files with retention when <c>Transcripts:Enabled</c>, else nothing is written.</summary>
public static class TranscriptServiceCollectionExtensions
{
    /// <summary>Adds the transcript logger of the <c>Transcripts</c> settings.</summary>
    public static IServiceCollection AddTranscripts(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TranscriptOptions.Section);
        services.Configure<TranscriptOptions>(section);
        if (section.Get<TranscriptOptions>() is { Enabled: true })
        {
            services.AddSingleton<FileTranscriptLogger>();
            services.AddSingleton<ITranscriptLogger>(provider => provider.GetRequiredService<FileTranscriptLogger>());
            services.AddHostedService<TranscriptSweeper>();
        }
        else
        {
            services.AddSingleton<ITranscriptLogger, NoTranscripts>();
        }

        return services;
    }
}
