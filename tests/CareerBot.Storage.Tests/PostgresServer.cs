using System.Diagnostics;
using CareerBot.Core.Tests.Content;
using Npgsql;

namespace CareerBot.Storage.Tests;

/// <summary>A PostgreSQL server for the tests: the one named by <c>CAREERBOT_TEST_POSTGRES</c> (a connection string),
/// else a throwaway one started by <c>scripts/postgres.sh</c> in a temporary folder on a loopback port (Debian's
/// server, installed by the script when missing) and removed afterwards. Each test class gets databases of its own.</summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Variable = "CAREERBOT_TEST_POSTGRES";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "careerbot-pg-" + Guid.NewGuid().ToString("N")[..8]);
    private bool started;

    /// <summary>The connection string of the server's main test database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>True when the tests started the server themselves (and so may stop it).</summary>
    public bool Owned => started;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var given = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            ConnectionString = given;
            return;
        }

        ConnectionString = (await ScriptAsync("start")).Trim().Split('\n')[^1];
        started = true;
    }

    /// <summary>Creates an empty database on the server and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "careerbot_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server (fast shutdown: connections are cut, as in an outage).</summary>
    public Task StopAsync() => ScriptAsync("stop");

    /// <summary>Starts the stopped server again, on the same port, and forgets the tests' pooled connections to the
    /// old one.</summary>
    public async Task StartAsync()
    {
        await ScriptAsync("start");
        NpgsqlConnection.ClearAllPools();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (started)
        {
            await ScriptAsync("remove");
        }
    }

    private async Task<string> ScriptAsync(string command)
    {
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "postgres.sh");
        var start = new ProcessStartInfo("bash", [script, command, folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/postgres.sh {command} failed ({process.ExitCode}): {await error}. Install Debian's postgresql or set {Variable} to a connection string.");
        }

        return await output;
    }
}
