using System.Text.Json;
using CareerBot.Core.Content;
using CareerBot.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

/// <summary>Hot reload (<c>Content:Watch</c>): CareerBot serving a copy of the content while the test edits it. A valid
/// edit changes the next answer; an invalid one changes nothing and is refused with its file and line; turns running
/// while the content is swapped never fail. The waits poll for the effect (the watcher's quiet period, then the check),
/// with a generous limit: they assert what happens, not how fast.</summary>
public sealed class ContentWatcherTests : IDisposable
{
    private const string Question = "What are the missions?";
    private const string Shipped = "The main missions of a backend developer";
    private const string Edited = "The key missions of a backend developer";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-watch-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly WebApplicationFactory<Program> app;
    private readonly HttpClient client;

    public ContentWatcherTests()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "dialogs");
        foreach (var file in Directory.EnumerateFiles(shipped, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        app = new CareerBotFactory().WithWebHostBuilder(builder => builder.UseSetting("Content:Watch", "true").UseSetting("Content:Path", folder));
        client = app.CreateClient();
    }

    public void Dispose()
    {
        client.Dispose();
        app.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_status_says_the_content_is_watched_and_nothing_was_refused()
    {
        Assert.Contains(Shipped, await AskAsync(Question, "conv-status"));
        var status = app.Services.GetRequiredService<IContentStatus>();

        Assert.True(status.Watching);
        Assert.Null(status.LastRefusal);
        Assert.Equal(folder, app.Services.GetRequiredService<ContentSettings>().Folder);
    }

    [Fact]
    public async Task A_valid_edit_changes_the_next_answer_and_the_web_chat_page_without_a_restart()
    {
        Assert.Contains(Shipped, await AskAsync(Question, Fresh()));
        var loadedAt = app.Services.GetRequiredService<IContentStatus>().LoadedAt;

        Edit("en/messages.md", "{bot}: backend developer careers and salaries", "{bot}: backend developer careers and pay");
        Edit("en/messages.md", "The main missions of a {role}:", "The key missions of a {role}:");

        var answer = await EventuallyAsync(() => AskAsync(Question, Fresh()), a => a.Contains(Edited, StringComparison.Ordinal));
        Assert.Contains(Edited, answer);
        var page = await EventuallyAsync(() => client.GetStringAsync("/?lang=en"), p => p.Contains("careers and pay", StringComparison.Ordinal));
        Assert.Contains("<title>CareerBot: backend developer careers and pay</title>", page);
        var status = app.Services.GetRequiredService<IContentStatus>();
        Assert.True(status.LoadedAt > loadedAt);
        Assert.Null(status.LastRefusal);
        Assert.StartsWith("{summary}\n\nThe key missions", app.Services.GetRequiredService<LiveContent>().Current.Catalog.Languages[0].Messages[new MessageKey("missions")]);
    }

    [Fact]
    public async Task An_invalid_edit_changes_nothing_and_is_refused_with_its_file_and_line_until_it_is_fixed()
    {
        var before = await AskAsync("What is the salary with 1 year of experience?", Fresh());
        var served = app.Services.GetRequiredService<LiveContent>().Current;
        var status = app.Services.GetRequiredService<IContentStatus>();

        // The first band's minimum above its maximum, at line 41 of the role file.
        Edit("en/backend-developer.md", "| 0–2                 |                   35,000 |", "| 0–2                 |                   50,000 |");

        await EventuallyAsync(() => Task.FromResult(status.LastRefusal), r => r is not null);
        var refusal = status.LastRefusal!;
        Assert.Contains(refusal.Problems, p => p.StartsWith("en/backend-developer.md:41: ", StringComparison.Ordinal) && p.Contains("50", StringComparison.Ordinal));
        Assert.Same(served, app.Services.GetRequiredService<LiveContent>().Current);
        Assert.Equal(before, await AskAsync("What is the salary with 1 year of experience?", Fresh()));
        using (var ready = await client.GetAsync("/readyz"))
        {
            var entries = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("entries");
            Assert.Equal("Healthy", entries.GetProperty("content").GetProperty("status").GetString());
        }

        // Fixed: applied, and the refusal is cleared.
        Edit("en/backend-developer.md", "| 0–2                 |                   50,000 |", "| 0–2                 |                   35,000 |");
        await EventuallyAsync(() => Task.FromResult(app.Services.GetRequiredService<LiveContent>().Current), s => !ReferenceEquals(s, served));
        Assert.Null(status.LastRefusal);
        Assert.Equal(before, await AskAsync("What is the salary with 1 year of experience?", Fresh()));
    }

    [Fact]
    public async Task A_new_language_is_refused_it_takes_a_restart()
    {
        var served = app.Services.GetRequiredService<LiveContent>().Current;
        var status = app.Services.GetRequiredService<IContentStatus>();
        var german = Directory.CreateDirectory(Path.Combine(folder, "de")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(folder, "en")))
        {
            File.Copy(file, Path.Combine(german, Path.GetFileName(file)));
        }

        Edit("de/vocabulary.md", "culture: en-US", "culture: de-DE");

        await EventuallyAsync(() => Task.FromResult(status.LastRefusal), r => r is not null && r.Problems.Any(p => p.StartsWith("de/vocabulary.md:1: 'de' is a new language", StringComparison.Ordinal)));
        Assert.Same(served, app.Services.GetRequiredService<LiveContent>().Current);
    }

    [Fact]
    public async Task Turns_running_while_the_content_is_swapped_never_fail()
    {
        Assert.Contains(Shipped, await AskAsync(Question, "conv-loop"));
        using var stop = new CancellationTokenSource();
        var answers = new List<string>();
        var turns = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                answers.Add(await AskAsync(Question, Fresh()));
            }
        });

        // Each swap is waited for, so that every edit is applied while turns run.
        foreach (var (from, to, expect) in new[] { ("main", "key", Edited), ("key", "main", Shipped), ("main", "key", Edited) })
        {
            Edit("en/messages.md", $"The {from} missions of a {{role}}:", $"The {to} missions of a {{role}}:");
            await EventuallyAsync(() => AskAsync(Question, Fresh()), a => a.Contains(expect, StringComparison.Ordinal));
        }

        await stop.CancelAsync();
        await turns;
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.True(a.Contains(Shipped, StringComparison.Ordinal) || a.Contains(Edited, StringComparison.Ordinal), a));
    }

    /// <summary>A new conversation: each question is asked afresh (and stays below the per-conversation rate limit).</summary>
    private static string Fresh() => "conv-" + Guid.NewGuid().ToString("N");

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<string> AskAsync(string text, string conversation)
    {
        var replies = await BotClient.ExpectRepliesAsync(client, BotClient.Message(text, conversation));
        return string.Join("\n", replies.Where(r => r.TryGetProperty("text", out _)).Select(r => r.GetProperty("text").GetString()));
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(100);
        }
    }
}
