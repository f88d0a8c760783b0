namespace HipBot.TelegramEmulator;

/// <summary>
/// An async "something changed" signal: waiters grab <see cref="Next"/> and are woken by the next <see cref="Pulse"/>.
/// Callers hold the emulator's lock while they read <see cref="Next"/> and while they pulse, so a change can never
/// slip in between checking a condition and starting to wait for it.
/// </summary>
internal sealed class AsyncPulse
{
    private TaskCompletionSource _next = NewSource();

    public Task Next => _next.Task;

    public void Pulse()
    {
        var fired = _next;
        _next = NewSource();
        fired.TrySetResult();
    }

    // Continuations must not run inline: Pulse is called under the emulator's lock.
    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
