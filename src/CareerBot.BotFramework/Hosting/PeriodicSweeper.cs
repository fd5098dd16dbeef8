using Microsoft.Extensions.Hosting;

namespace CareerBot.BotFramework.Hosting;

/// <summary>A background service that sweeps every <c>interval</c> (on <c>time</c>, so tests can move it) until the
/// host stops: the loop the sweepers of conversations, Direct Line conversations, transcripts and the answer ledger
/// share. A sweep handles its own failures; stopping ends the loop quietly.</summary>
/// <param name="time">The clock the interval is measured on.</param>
/// <param name="interval">The time between two sweeps.</param>
public abstract class PeriodicSweeper(TimeProvider time, TimeSpan interval) : BackgroundService
{
    /// <summary>Runs once when the service starts, before the first interval; nothing by default.</summary>
    protected virtual Task StartingAsync(CancellationToken stoppingToken) => Task.CompletedTask;

    /// <summary>One sweep, every interval.</summary>
    protected abstract Task SweepOnceAsync(CancellationToken stoppingToken);

    /// <inheritdoc />
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            await StartingAsync(stoppingToken);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await SweepOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
