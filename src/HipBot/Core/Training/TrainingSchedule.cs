using System.Globalization;
using HipBot.Core.CheckIns;
using NodaTime;

namespace HipBot.Core.Training;

/// <summary>
/// How a user plans their training: the same weekdays every week, or a number of sessions a week on any days (runners
/// plan weeks around their runs, not weekdays). A closed set: every rule that depends on it switches over both.
/// </summary>
public abstract record TrainingSchedule
{
    private protected TrainingSchedule()
    {
    }

    /// <summary>The weekdays plans come on.</summary>
    public abstract TrainingDays PlanDays { get; }

    /// <summary>"Mon, Wed, Fri"; "3 times a week, any days": the words a user sees in summaries.</summary>
    public abstract string Describe();

    /// <summary>The Monday of the ISO week <paramref name="date"/> is in: weekly targets count Monday to Sunday.</summary>
    public static LocalDate WeekOf(LocalDate date) => date.PlusDays(1 - (int)date.DayOfWeek);
}

/// <summary>Training on these weekdays; work on another day moves to the nearest open one (see <see cref="MovedSessions"/>).</summary>
public sealed record FixedDays(TrainingDays Days) : TrainingSchedule
{
    public override TrainingDays PlanDays => Days;

    public override string Describe() => Days.Describe();
}

/// <summary>
/// <paramref name="Times"/> sessions a week on any days. Plans come on the <paramref name="Preferred"/> days while the week
/// still needs sessions; a day with any work is a session; streaks and adherence count weeks met.
/// </summary>
public sealed record WeeklyTarget(int Times, TrainingDays Preferred) : TrainingSchedule
{
    public const int MinTimes = 1;
    public const int MaxTimes = 7;

    public override TrainingDays PlanDays => Preferred;

    public override string Describe() => Times == 1
        ? "once a week, any day"
        : string.Create(CultureInfo.InvariantCulture, $"{Times} times a week, any days");

    /// <summary>Sessions in the week of <paramref name="date"/> up to and including <paramref name="through"/>: the days with any work logged.</summary>
    public static int SessionsInWeek(Logbook logs, LocalDate date, LocalDate through)
    {
        ArgumentNullException.ThrowIfNull(logs);
        var count = 0;
        for (var day = WeekOf(date); day <= through && day < WeekOf(date).PlusDays(7); day = day.PlusDays(1))
        {
            count += logs.For(day).Entries.Count > 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary>Whether the week of <paramref name="date"/> already has its sessions, counting the whole week as logged so far.</summary>
    public bool IsMet(Logbook logs, LocalDate date) => SessionsInWeek(logs, date, WeekOf(date).PlusDays(6)) >= Times;
}
