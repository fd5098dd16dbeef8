using CareerBot.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerBot.Tests.Hosting;

/// <summary><c>check-content</c>: the shipped content passes; a broken copy gets every problem as <c>file:line:
/// problem</c> and exit code 1, the same problems that stop start-up.</summary>
public sealed class CheckContentCommandTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-check-" + Guid.NewGuid().ToString("N")[..8]);

    public CheckContentCommandTests()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "dialogs");
        foreach (var file in Directory.EnumerateFiles(shipped, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_shipped_content_has_no_problem()
    {
        var (exitCode, output, error) = Run(folder);

        Assert.Equal(0, exitCode);
        Assert.Equal($"{folder}: no problem (2 languages: en, fr; roles: backend-developer).", output.Trim());
        Assert.Empty(error);
    }

    [Fact]
    public void Every_problem_is_printed_with_its_file_and_line_and_the_exit_code_is_1()
    {
        Edit("en/messages.md", "## welcome\n", "## welcom\n");
        Edit("fr/backend-developer.md", "{#missions}", "{#mission}");
        File.AppendAllText(Path.Combine(folder, "fr", "vocabulary.md"), "\n## extra\nmot\n");

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        var lines = output.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Matches($@"^{Escaped("fr/vocabulary.md")}:\d+: unknown section 'extra'", lines[0]);
        Assert.Matches($@"^{Escaped("en/messages.md")}:\d+: the message 'welcome' is missing", lines[1]);
        Assert.Matches($@"^{Escaped("fr/backend-developer.md")}:\d+: unknown section id '\{{#mission\}}'", lines[2]);
        Assert.Equal($"{folder}: 3 problems.", lines[3]);
    }

    [Fact]
    public void A_phrase_recognition_cannot_read_is_a_problem_too()
    {
        Edit("en/vocabulary.md", "bakend = backend", "bakend = backend, two words = salary");

        var (exitCode, output, _) = Run(folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("en/vocabulary.md:", output, StringComparison.Ordinal);
        Assert.Contains("is not one word", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_up_refuses_the_same_content_naming_every_problem()
    {
        Edit("en/messages.md", "## welcome\n", "## welcom\n");
        Edit("fr/backend-developer.md", "{#missions}", "{#mission}");
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Content:Path", folder));

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("2 problems", error.Message, StringComparison.Ordinal);
        Assert.Contains("en/messages.md:", error.Message, StringComparison.Ordinal);
        Assert.Contains("fr/backend-developer.md:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("a", "b")]
    public void Bad_usage_says_how_and_exits_2(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, CheckContentCommand.Run(args, folder, output, error));
        Assert.Contains("usage: CareerBot check-content [folder]", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_exits_2()
    {
        var (exitCode, _, error) = Run(Path.Combine(folder, "nope"));

        Assert.Equal(2, exitCode);
        Assert.Contains("there is no folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_folder_the_default_one_is_checked()
    {
        using var output = new StringWriter();

        Assert.Equal(0, CheckContentCommand.Run([], folder, output, TextWriter.Null));
        Assert.Contains("no problem", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_folder_the_checkouts_dialogs_is_found_from_the_project_folder()
    {
        var checkout = Path.Combine(folder, "checkout");
        var dialogs = Directory.CreateDirectory(Path.Combine(checkout, "dialogs", "en")).Parent!.FullName;
        File.Copy(Path.Combine(folder, "en", "messages.md"), Path.Combine(dialogs, "en", "messages.md"));
        var project = Directory.CreateDirectory(Path.Combine(checkout, "src", "CareerBot")).FullName;

        Assert.Equal(dialogs, CheckContentCommand.SourceFolder(project));
        Assert.Equal(dialogs, CheckContentCommand.SourceFolder(checkout));
        Assert.Null(CheckContentCommand.SourceFolder(Directory.CreateDirectory(Path.Combine(folder, "elsewhere")).FullName));
    }

    private static string Escaped(string file) => System.Text.RegularExpressions.Regex.Escape(file);

    private (int ExitCode, string Output, string Error) Run(string path)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CheckContentCommand.Run([path], folder, output, error);
        return (exitCode, output.ToString().Replace(folder + "/", string.Empty, StringComparison.Ordinal), error.ToString());
    }

    private void Edit(string file, string find, string replacement)
    {
        var path = Path.Combine(folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(find, replacement, StringComparison.Ordinal));
    }
}
