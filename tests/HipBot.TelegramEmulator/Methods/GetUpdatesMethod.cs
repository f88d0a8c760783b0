using System.Text.Json;
using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>
/// getUpdates with real long polling: the call waits up to `timeout` seconds and wakes the moment an update arrives;
/// it ends quietly when the client disconnects or the emulator shuts down, and with 409 when another poll supersedes it.
/// </summary>
internal static class GetUpdatesMethod
{
    public static async Task<string?> Serve(MethodContext context)
    {
        var state = context.State;
        var args = context.Args;
        var limit = Math.Clamp(args.Int("limit") ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Max(0, args.Int("timeout") ?? 0));
        timeout = timeout > state.Options.MaxLongPoll ? state.Options.MaxLongPoll : timeout;
        var offset = args.Long("offset");
        var allowed = AllowedUpdates(args);
        lock (state.Gate)
        {
            if (state.Webhook.Url is not null)
            {
                throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }
        }

        using var poll = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, state.Shutdown);
        var ticket = new PollTicket(poll);
        PollTicket? superseded;
        IReadOnlyList<QueuedUpdate> batch;
        Task changed;
        lock (state.Gate)
        {
            superseded = state.Updates.BeginPoll(ticket);
            if (allowed is not null)
            {
                state.Updates.SetAllowedUpdates(allowed);
            }

            if (offset is { } confirmed)
            {
                state.Updates.Confirm(confirmed);
            }

            batch = state.Updates.Take(limit);
            changed = state.Updates.Changed.Next;
        }

        superseded?.Cancel();
        try
        {
            if (batch.Count == 0 && timeout > TimeSpan.Zero)
            {
                batch = await WaitForUpdates(state, poll, timeout, limit, changed).ConfigureAwait(false);
            }
        }
        finally
        {
            lock (state.Gate)
            {
                state.Updates.EndPoll(ticket);
            }
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            return null;
        }

        if (batch.Count == 0 && ticket.Superseded)
        {
            throw new BotApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        }

        return "[" + string.Join(",", batch.Select(u => u.Json)) + "]";
    }

    private static async Task<IReadOnlyList<QueuedUpdate>> WaitForUpdates(
        EmulatorState state, CancellationTokenSource poll, TimeSpan timeout, int limit, Task changed)
    {
        IReadOnlyList<QueuedUpdate> batch = [];
        lock (state.Gate)
        {
            state.Updates.StartWaiting();
        }

        try
        {
            poll.CancelAfter(timeout);
            while (batch.Count == 0 && !poll.IsCancellationRequested)
            {
                try
                {
                    await changed.WaitAsync(poll.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                lock (state.Gate)
                {
                    batch = state.Updates.Take(limit);
                    changed = state.Updates.Changed.Next;
                }
            }

            return batch;
        }
        finally
        {
            lock (state.Gate)
            {
                state.Updates.StopWaiting();
            }
        }
    }

    public static List<string>? AllowedUpdates(RequestArgs args)
    {
        var node = args.Json("allowed_updates");
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray types || types.Any(t => t is not JsonValue value || value.GetValueKind() != JsonValueKind.String))
        {
            throw BotApiError.BadRequest("can't parse allowed updates JSON array");
        }

        return [.. types.Select(t => t!.GetValue<string>())];
    }
}

/// <summary>One waiting getUpdates call, so a newer call can end it.</summary>
internal sealed class PollTicket(CancellationTokenSource poll)
{
    public bool Superseded { get; private set; }

    // Called outside the lock: cancelling runs the superseded call's continuation inline.
    public void Cancel()
    {
        Superseded = true;
        try
        {
            poll.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // That call already finished.
        }
    }
}
