using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>Which day a check-in is about: runners often log last night's session the next morning.</summary>
public enum DayOffset
{
    Today = 0,
    Yesterday = 1,
}

public static class DayOffsetExtensions
{
    /// <summary>The local date the check-in belongs to, given the user's today.</summary>
    public static LocalDate From(this DayOffset offset, LocalDate today) => today.PlusDays(-(int)offset);
}
