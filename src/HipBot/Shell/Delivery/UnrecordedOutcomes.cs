namespace HipBot.Shell.Delivery;

/// <summary>
/// What the database has not taken yet, per outbox row: a message Telegram accepted whose "sent" mark failed, and how
/// many times in a row the database refused to record the row's outcome. Kept in memory on purpose: the row's stored
/// state is exactly what the failing database cannot change, so a retry wait computed from it would never grow, and a
/// message Telegram already shows would be sent again.
/// </summary>
internal sealed class UnrecordedOutcomes
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, Entry> rows = [];

    /// <summary>Rows whose message Telegram accepted but whose delivery is not recorded yet.</summary>
    public int SentButUnrecorded
    {
        get
        {
            lock (gate)
            {
                return rows.Values.Count(e => e.Sent is not null);
            }
        }
    }

    /// <summary>Telegram's acceptance of this row, when only memory holds it: the row must be recorded, never sent again.</summary>
    public Accepted? SentFor(long id)
    {
        lock (gate)
        {
            return rows.TryGetValue(id, out var entry) ? entry.Sent : null;
        }
    }

    /// <summary>The database refused to record the row's outcome once more; returns how many times in a row it has.</summary>
    public int Refused(long id, Accepted? sent = null)
    {
        lock (gate)
        {
            var entry = rows.GetValueOrDefault(id);
            rows[id] = new Entry(sent ?? entry?.Sent, (entry?.Failures ?? 0) + 1);
            return rows[id].Failures;
        }
    }

    /// <summary>The row's outcome is in the database now.</summary>
    public void Recorded(long id)
    {
        lock (gate)
        {
            rows.Remove(id);
        }
    }

    private sealed record Entry(Accepted? Sent, int Failures);
}
