using System.Runtime.InteropServices;
using CareerBot.Hosting;

namespace CareerBot.Tests;

/// <summary>The C heap's trim after the warm-up: it must reach glibc where there is one, since a binding that does not
/// resolve fails silently (by design, for other C libraries) and would leave the JIT's freed memory resident.</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void Trim_reaches_glibc_where_there_is_one()
    {
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);

        Assert.Equal(glibc, NativeHeap.Trim());
    }
}
