using System.Diagnostics;
using System.Globalization;

namespace HipBot.TelegramEmulator;

/// <summary>Waits for a condition that is re-checked every time the state it depends on changes (no polling).</summary>
internal static class Waiting
{
    /// <param name="probe">Runs without the lock held: returns whether the wait is over, its result, and the change to wait for otherwise.</param>
    /// <param name="describe">Names what was awaited; evaluated only when the wait times out.</param>
    public static async Task<T> UntilAsync<T>(
        Func<(bool Done, T Result, Task Changed)> probe,
        TimeSpan timeout,
        Func<string> describe,
        CancellationToken shutdown)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var (done, result, changed) = probe();
            if (done)
            {
                return result;
            }

            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw TimedOut(timeout, describe);
            }

            try
            {
                await changed.WaitAsync(remaining, shutdown).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw TimedOut(timeout, describe);
            }
            catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
            {
                throw new ObjectDisposedException(nameof(BotApiEmulator), "The emulator was disposed while a test was waiting: " + describe());
            }
        }
    }

    private static TimeoutException TimedOut(TimeSpan timeout, Func<string> describe) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Timed out after {timeout.TotalSeconds:0.###} s waiting for {describe()}"));
}
