using HipBot.TelegramEmulator.Methods;

namespace HipBot.TelegramEmulator;

/// <summary>
/// The bot's pending updates with getUpdates semantics: an update stays until a later call's offset confirms it.
/// Callers hold <see cref="EmulatorState.Gate"/>.
/// </summary>
internal sealed class UpdateQueue
{
    // Telegram's default when allowed_updates was never given: everything except these opt-in types.
    private static readonly string[] OptInTypes = ["chat_member", "message_reaction", "message_reaction_count"];

    private readonly List<QueuedUpdate> _pending = [];
    private readonly Dictionary<int, QueuedUpdate> _history = [];
    private HashSet<string>? _allowed;
    private int _nextId = 100_001;
    private PollTicket? _activePoll;

    public AsyncPulse Changed { get; } = new();

    /// <summary>Fires when a getUpdates call starts or stops waiting.</summary>
    public AsyncPulse PollingChanged { get; } = new();

    /// <summary>getUpdates calls waiting for an update right now.</summary>
    public int WaitingPolls { get; private set; }

    public int PendingCount => _pending.Count;

    public int? LastUpdateId => _nextId == 100_001 ? null : _nextId - 1;

    /// <summary>Queues an update unless allowed_updates excludes its type; returns its id, or null when excluded.</summary>
    public int? Enqueue(string type, Func<int, string> buildJson)
    {
        if (_allowed is null ? OptInTypes.Contains(type) : !_allowed.Contains(type))
        {
            return null;
        }

        var id = _nextId++;
        var update = new QueuedUpdate(id, type, buildJson(id));
        _history[id] = update;
        _pending.Add(update);
        Changed.Pulse();
        return id;
    }

    /// <summary>Like Telegram, the new setting applies to updates created from now on, not to those already waiting.</summary>
    public void SetAllowedUpdates(IReadOnlyCollection<string> types) =>
        _allowed = types.Count == 0 ? null : [.. types];

    public void Confirm(long offset)
    {
        int removed;
        if (offset < 0)
        {
            // A negative offset keeps only the last -offset updates and forgets the rest.
            var keep = (int)Math.Min(-offset, _pending.Count);
            removed = _pending.Count - keep;
            _pending.RemoveRange(0, removed);
        }
        else
        {
            removed = _pending.RemoveAll(u => u.Id < offset && !u.MustRedeliver);
        }

        if (removed > 0)
        {
            Changed.Pulse();
        }
    }

    /// <summary>The oldest update not yet delivered, for the webhook; it stays until <see cref="Acknowledge"/>.</summary>
    public QueuedUpdate? Peek() => _pending.Count == 0 ? null : _pending[0];

    /// <summary>The webhook got a 2xx for this update: it is delivered.</summary>
    public void Acknowledge(QueuedUpdate update)
    {
        if (_pending.Remove(update))
        {
            Changed.Pulse();
        }
    }

    /// <summary>deleteWebhook or setWebhook with drop_pending_updates: what waits is forgotten.</summary>
    public void DropPending()
    {
        if (_pending.Count > 0)
        {
            _pending.Clear();
            Changed.Pulse();
        }
    }

    public IReadOnlyList<QueuedUpdate> Take(int limit)
    {
        var batch = _pending.Take(limit).ToList();
        foreach (var update in batch)
        {
            // A redelivered copy has now been delivered once; from here on a confirming offset may remove it.
            update.MustRedeliver = false;
        }

        return batch;
    }

    /// <summary>Puts an update that was already delivered (and maybe confirmed) back at the end of the queue, same id and content.</summary>
    public void Redeliver(int updateId)
    {
        if (!_history.TryGetValue(updateId, out var original))
        {
            throw new ArgumentException($"No update with id {updateId} was ever created.", nameof(updateId));
        }

        _pending.Add(new QueuedUpdate(original.Id, original.Type, original.Json) { MustRedeliver = true });
        Changed.Pulse();
    }

    /// <summary>
    /// Registers a new getUpdates call and returns the call it supersedes, which the caller cancels once it has left the
    /// lock (cancellation runs the old call's continuation inline); the old call then answers 409 as Telegram does.
    /// </summary>
    public PollTicket? BeginPoll(PollTicket poll)
    {
        var previous = _activePoll;
        _activePoll = poll;
        return previous;
    }

    public void StartWaiting()
    {
        WaitingPolls++;
        PollingChanged.Pulse();
    }

    public void StopWaiting()
    {
        WaitingPolls--;
        PollingChanged.Pulse();
    }

    public void EndPoll(PollTicket poll)
    {
        if (_activePoll == poll)
        {
            _activePoll = null;
        }
    }
}

internal sealed class QueuedUpdate(int id, string type, string json)
{
    public int Id { get; } = id;

    public string Type { get; } = type;

    public string Json { get; } = json;

    /// <summary>Set on a redelivered copy so that the offset which confirmed the original does not drop it unseen.</summary>
    public bool MustRedeliver { get; set; }
}
