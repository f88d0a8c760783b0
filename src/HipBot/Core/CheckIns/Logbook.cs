using HipBot.Core.Chats;
using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>What one chat logged on its recent local days, as loaded for one turn.</summary>
/// <param name="notLoaded">The days the shell left out of this load, check-ins and plans alike: asking for one of them stops the turn.</param>
public sealed class Logbook(IReadOnlyDictionary<LocalDate, DayLog> days, params IReadOnlyList<NotLoaded> notLoaded)
{
    public static readonly Logbook Empty = new(new Dictionary<LocalDate, DayLog>());

    /// <summary>The day's log; a day left out of the load throws <see cref="MissingContext"/>, so no rule reads it as empty.</summary>
    public DayLog For(LocalDate date)
    {
        Require(date);
        return days.TryGetValue(date, out var log) ? log : DayLog.Empty(date);
    }

    /// <summary>Throws <see cref="MissingContext"/> for a day the shell left out, whatever is read of it (its log, whether its plan went out).</summary>
    public void Require(LocalDate date)
    {
        foreach (var gap in notLoaded)
        {
            if (date >= gap.From && date < gap.Until)
            {
                throw new MissingContext(gap.Needs);
            }
        }
    }
}

/// <summary>Days left out of a load (from, up to but not including) and what a turn asks for to have them.</summary>
public readonly record struct NotLoaded(LocalDate From, LocalDate Until, ContextNeeds Needs);

/// <summary>The latest check-in of a chat, and its day as it would stand without it: what /undo needs.</summary>
public sealed record LatestCheckIn(long Batch, DayLog Removed, DayLog DayWithout);
