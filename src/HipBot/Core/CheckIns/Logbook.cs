using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>What one chat logged on its recent local days, as loaded for one turn.</summary>
public sealed class Logbook(IReadOnlyDictionary<LocalDate, DayLog> days)
{
    public static readonly Logbook Empty = new(new Dictionary<LocalDate, DayLog>());

    public DayLog For(LocalDate date) => days.TryGetValue(date, out var log) ? log : DayLog.Empty(date);
}

/// <summary>The latest check-in of a chat, and its day as it would stand without it: what /undo needs.</summary>
public sealed record LatestCheckIn(long Batch, DayLog Removed, DayLog DayWithout);
