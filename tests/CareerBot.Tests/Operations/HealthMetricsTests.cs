using System.Net;
using CareerBot.Operations;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace CareerBot.Tests.Operations;

/// <summary>The health checks' results on /metrics (<see cref="HealthMetrics"/>): run in the background by ASP.NET
/// Core's publisher, so that Prometheus sees a storage outage without anyone polling /readyz.</summary>
public sealed class HealthMetricsTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-health-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_healthy_host_reports_every_check_as_1()
    {
        using var app = new CareerBotFactory();
        using var client = app.CreateClient();

        Assert.Equal(1, await StatusAsync(client, "storage"));
        Assert.Equal(1, await StatusAsync(client, "content"));
    }

    [Fact]
    public async Task An_unreachable_store_is_reported_as_0_with_no_request_to_readyz()
    {
        var notAFile = Directory.CreateDirectory(Path.Combine(folder, "a-folder")).FullName;
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("Storage:ConnectionString", "Data Source=" + notAFile));
        using var client = app.CreateClient();

        Assert.Equal(0, await StatusAsync(client, "storage"));
        Assert.Equal(1, await StatusAsync(client, "content"));
    }

    /// <summary>Scrapes until the check's gauge shows (the publisher first runs <see cref="HealthMetrics.Delay"/> after
    /// start-up), at most 30 s.</summary>
    private static async Task<double> StatusAsync(HttpClient client, string check)
    {
        var label = $"careerbot_check=\"{check}\"";
        for (var attempt = 0; attempt < 120; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var line = (await response.Content.ReadAsStringAsync()).Split('\n')
                .FirstOrDefault(l => l.StartsWith("careerbot_health_status{", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
            if (line is not null)
            {
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }

            await Task.Delay(250);
        }

        Assert.Fail($"/metrics showed no careerbot_health_status for {check} within 30 s");
        return double.NaN;
    }
}
