namespace HipBot.Shell.Scheduling;

/// <summary>The loop of a clock-driven service: do the work now and on every tick; a failed round is logged and the next one comes anyway.</summary>
public static class Periodically
{
    public static async Task RunAsync(
        TimeSpan interval, TimeProvider clock, Func<CancellationToken, Task> work, Action<Exception> logFailure, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await work(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logFailure(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
