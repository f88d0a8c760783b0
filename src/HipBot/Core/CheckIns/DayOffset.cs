using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>
/// Which day a check-in is about: runners often log last night's session the next morning, or Monday's on Wednesday.
/// A weekday is kept as said and placed on the calendar only against the user's today.
/// </summary>
public readonly record struct DayOffset
{
    /// <summary>How far back a check-in may be filed: the last week. Further back, the bot asks instead of guessing.</summary>
    public const int MaxDaysBack = 7;

    private DayOffset(int daysBack, IsoDayOfWeek weekday, bool lastWeek)
    {
        DaysBack = daysBack;
        Weekday = weekday;
        LastWeek = lastWeek;
    }

    /// <summary>Days before today, when the message counted them ("yesterday", "3 days ago").</summary>
    public int DaysBack { get; }

    /// <summary>The weekday named ("on monday"); <see cref="IsoDayOfWeek.None"/> when none was.</summary>
    public IsoDayOfWeek Weekday { get; }

    /// <summary>"last monday": never today, even on a Monday.</summary>
    public bool LastWeek { get; }

    public static DayOffset Today => default;

    public static DayOffset Yesterday { get; } = new(1, IsoDayOfWeek.None, lastWeek: false);

    public static DayOffset DaysAgo(int days) => new(Math.Max(0, days), IsoDayOfWeek.None, lastWeek: false);

    public static DayOffset On(IsoDayOfWeek weekday, bool lastWeek = false) => new(0, weekday, lastWeek);

    /// <summary>How many days before <paramref name="today"/> the check-in's day is.</summary>
    public int DaysBefore(LocalDate today)
    {
        if (Weekday == IsoDayOfWeek.None)
        {
            return DaysBack;
        }
        var back = ((int)today.DayOfWeek - (int)Weekday + 7) % 7;
        return back == 0 && LastWeek ? 7 : back;
    }

    /// <summary>The local date the check-in belongs to, given the user's today.</summary>
    public LocalDate From(LocalDate today) => today.PlusDays(-DaysBefore(today));
}
