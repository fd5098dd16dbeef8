using CareerBot.BotFramework.Telemetry;

namespace CareerBot.BotFramework.Tests.Telemetry;

/// <summary>Values from requests are escaped and cut before they reach a log line.</summary>
public sealed class LogValuesTests
{
    [Theory]
    [InlineData("message", "message")]
    [InlineData("a\nwarn: forged", @"a\u000awarn: forged")]
    [InlineData("\u001b[31mred", @"\u001b[31mred")]
    [InlineData("back\\slash", @"back\\slash")]
    [InlineData("café", @"caf\u00e9")]
    [InlineData(null, "(none)")]
    public void A_value_is_escaped(string? value, string logged)
    {
        Assert.Equal(logged, LogValues.Text(value));
    }

    [Fact]
    public void A_long_value_is_cut()
    {
        var logged = LogValues.Text(new string('x', 10_000));

        Assert.Equal(LogValues.MaxLength + 1, logged.Length);
        Assert.EndsWith("…", logged, StringComparison.Ordinal);
    }
}
