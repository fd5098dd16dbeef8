using Markdig;

namespace CareerBot.Core.Content;

/// <summary>The one Markdig pipeline content files are parsed with, built once and shared (Markdig pipelines are thread-safe).</summary>
internal static class ContentMarkdown
{
    /// <summary>Front matter (<c>---</c>), pipe tables and generic attributes (<c>## Missions {#missions}</c>).</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGenericAttributes()
        .Build();
}
