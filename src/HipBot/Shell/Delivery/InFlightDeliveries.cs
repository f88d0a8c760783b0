using HipBot.Shell.Storage;

namespace HipBot.Shell.Delivery;

/// <summary>
/// The sender's deliveries on the wire: messages (sends and edits) one at a time per chat, which keeps a chat's
/// messages in order; button answers one per row, since they carry no order and pass a chat's messages.
/// </summary>
/// <remarks>
/// A delivery that ended since the current batch was read is remembered as settled: the batch's copy of its row is
/// stale (the row may be sent by now, or held back), so it waits for the next read, which the doorbell asks for at once.
/// </remarks>
internal sealed class InFlightDeliveries
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, Task> chats = [];
    private readonly Dictionary<long, Task> answers = [];
    private readonly HashSet<long> chatsSettled = [];
    private readonly HashSet<long> answersSettled = [];
    private readonly HashSet<long> rowsOnTheWire = [];

    /// <summary>A new batch is about to be read: what settled until now shows in it.</summary>
    public void NewBatch()
    {
        lock (gate)
        {
            chatsSettled.Clear();
            answersSettled.Clear();
        }
    }

    /// <summary>Whether the batch's copy of this row must wait for the next read: its delivery slot is on the wire or settled since the read.</summary>
    public bool IsTaken(OutboxItem item)
    {
        lock (gate)
        {
            var (running, settled, key) = SlotOf(item);
            return running.ContainsKey(key) || settled.Contains(key);
        }
    }

    /// <summary>Starts <paramref name="deliver"/> on the thread pool, to run to its end whatever happens to the caller.</summary>
    public void Start(OutboxItem item, Func<Task> deliver)
    {
        lock (gate)
        {
            // Registered under the lock that Finish needs, so the delivery cannot end before it is registered.
            var (running, _, key) = SlotOf(item);
            rowsOnTheWire.Add(item.Id);
            running[key] = Task.Run(deliver, CancellationToken.None);
        }
    }

    public void Finish(OutboxItem item)
    {
        lock (gate)
        {
            var (running, settled, key) = SlotOf(item);
            running.Remove(key);
            settled.Add(key);
            rowsOnTheWire.Remove(item.Id);
        }
    }

    /// <summary>The outbox rows on the wire right now.</summary>
    public IReadOnlyList<long> Rows()
    {
        lock (gate)
        {
            return [.. rowsOnTheWire.Order()];
        }
    }

    public Task[] Snapshot()
    {
        lock (gate)
        {
            return [.. chats.Values, .. answers.Values];
        }
    }

    private (Dictionary<long, Task> Running, HashSet<long> Settled, long Key) SlotOf(OutboxItem item) =>
        item.IsAnswer ? (answers, answersSettled, item.Id) : (chats, chatsSettled, item.ChatId);
}
