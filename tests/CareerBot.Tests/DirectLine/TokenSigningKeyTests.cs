using CareerBot.BotFramework.DirectLine;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.DirectLine;

/// <summary>Without a configured key, one is generated on first start, kept in data/, and reused after a restart.</summary>
public sealed class TokenSigningKeyTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("careerbot-key-").FullName;

    [Fact]
    public void A_generated_key_is_kept_readable_by_its_owner_only_and_reused()
    {
        var options = Options.Create(new DirectLineOptions());
        var environment = new HostingEnvironment { ContentRootPath = root };

        var first = new TokenSigningKey(options, environment);
        var second = new TokenSigningKey(options, environment);

        Assert.Equal(Path.Combine(root, "data", "directline-token-signing-key"), first.Path);
        Assert.True(File.Exists(first.Path));
        Assert.Equal(first.Key.ToArray(), second.Key.ToArray());
        Assert.True(first.Key.Length >= 32);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first.Path!));
        }
    }

    [Fact]
    public void A_configured_key_is_used_and_a_short_one_stops_start_up()
    {
        var environment = new HostingEnvironment { ContentRootPath = root };

        var configured = new TokenSigningKey(Options.Create(new DirectLineOptions { TokenSigningKey = new string('k', 40) }), environment);
        Assert.Null(configured.Path);
        Assert.False(Directory.Exists(Path.Combine(root, "data")));

        Assert.Throws<InvalidOperationException>(() => new TokenSigningKey(Options.Create(new DirectLineOptions { TokenSigningKey = "short" }), environment));
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
