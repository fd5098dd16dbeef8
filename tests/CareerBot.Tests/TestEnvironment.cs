using System.Runtime.CompilerServices;

namespace CareerBot.Tests;

/// <summary>Settings every test host of this assembly starts with, unless a test gives its own.</summary>
internal static class TestEnvironment
{
    /// <summary>WebApplicationFactory runs CareerBot in Development, where <c>Content:Watch</c> is on by default: each of
    /// the hundreds of test hosts would then watch the checkout's <c>dialogs/</c> (an inotify instance each, 128 per user
    /// by default). The tests of hot reload turn it on for themselves, on a copy of the content.</summary>
    [ModuleInitializer]
    internal static void DoNotWatchContent()
    {
        if (Environment.GetEnvironmentVariable("Content__Watch") is null)
        {
            Environment.SetEnvironmentVariable("Content__Watch", "false");
        }
    }
}
