using CareerBot.BotFramework.DirectLine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CareerBot.Storage.Sql;

/// <summary>Listens, on a connection of its own, for the NOTIFY that every instance sends when it appends to a Direct
/// Line conversation, and wakes this instance's streams of that conversation: a Web Chat whose WebSocket is held by
/// this instance sees at once the bot's reply to a message another instance received. Reconnects after an outage
/// (meanwhile streams still poll the store).</summary>
internal sealed class PostgresNotificationListener : BackgroundService
{
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(2);

    private readonly PostgresDialect dialect;
    private readonly ConversationSignals signals;
    private readonly ILogger<PostgresNotificationListener> logger;

    /// <summary>Creates the listener.</summary>
    public PostgresNotificationListener(SqlDialect dialect, ConversationSignals signals, ILogger<PostgresNotificationListener> logger)
    {
        this.dialect = (PostgresDialect)dialect;
        this.signals = signals;
        this.logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(dialect.Builder.ConnectionString) { Pooling = false, KeepAlive = 15 };
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, notification) => signals.Notify(notification.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = connection.CreateCommand())
                {
                    listen.CommandText = "LISTEN " + PostgresDialect.AppendedChannel;
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                logger.LogInformation("Storage: listening for Direct Line appends of other instances");
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (dialect.IsOutage(exception))
            {
                logger.LogWarning("Storage: the notification connection failed ({Reason}); reconnecting in {Delay}", exception.Message, ReconnectDelay);
            }

            try
            {
                await Task.Delay(ReconnectDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
