using System.Text.Json.Serialization;
using NodaTime;

namespace HipBot.Core.Reports;

/// <summary>
/// The numbers and words of the /stats picture: the last <see cref="WeekCount"/> weeks, oldest first, as the core
/// counts them. The shell only draws what is here, so everything a user would check (a count, a label, where a level
/// changed) is decided and tested in the core.
/// </summary>
public sealed record ProgressChart(IReadOnlyList<ChartWeek> Weeks)
{
    public const int WeekCount = 12;

    public const string Title = "Sessions per week, last 12 weeks";

    public const string DoneLegend = "done";

    public const string PartialLegend = "partial";

    public const string PlannedLegend = "planned";

    /// <summary>The x-axis label of a week: its Monday ("14 Sep"), or "this week".</summary>
    public string Label(int week) => week == Weeks.Count - 1 ? "this week" : DateText.Short(Weeks[week].Monday);

    public const string UpcomingLegend = "to come";

    /// <summary>The count over a week's bar: sessions of planned ("2/3"); null for a week with neither, before the user began.</summary>
    public string? Count(int week) =>
        Weeks[week] is { Planned: 0, Sessions: 0 } ? null : $"{Weeks[week].Sessions}/{Weeks[week].Planned}";

    /// <summary>The highest bar (at least 3, so a new user's first week does not fill the picture): the top of the scale.</summary>
    public int Top() => Math.Max(3, Weeks.Select(w => Math.Max(w.Planned, w.Sessions)).DefaultIfEmpty(0).Max());

    /// <summary>The weeks whose level differs from the level before them, with the new level: where the chart draws a mark.</summary>
    public IReadOnlyList<(int Week, int Level)> LevelChanges()
    {
        var changes = new List<(int, int)>();
        int? previous = null;
        for (var week = 0; week < Weeks.Count; week++)
        {
            if (Weeks[week].Level is not { } level)
            {
                continue;
            }
            if (previous is { } before && before != level)
            {
                changes.Add((week, level));
            }
            previous = level;
        }
        return changes;
    }

    /// <summary>The first week with a known level, and that level: the chart names where the user started from.</summary>
    public (int Week, int Level)? FirstLevel() =>
        Weeks.Select((w, i) => (Week: i, w.Level)).FirstOrDefault(w => w.Level is not null) is { Level: { } level } first
            ? (first.Week, level)
            : null;
}

/// <summary>One week of the chart.</summary>
/// <param name="Monday">The week's first day, in the user's calendar.</param>
/// <param name="Done">Training days done in full.</param>
/// <param name="Partial">Training days with part of the plan done.</param>
/// <param name="Planned">
/// The week's training days that count: done, partial, skipped and missed days, and those still to come. Paused days
/// and days HipBot sent no plan for and nothing was logged are no part of the plan, as they are no part of the streak.
/// </param>
/// <param name="Upcoming">Of <paramref name="Planned"/>, the days from today on with nothing logged yet.</param>
/// <param name="Level">
/// The level of the week's last plan, or of the last one before it (for this week, the level now); null before the first plan.
/// </param>
public sealed record ChartWeek(LocalDate Monday, int Done, int Partial, int Planned, int Upcoming, int? Level)
{
    // Derived, so the outbox row does not keep it twice.
    [JsonIgnore]
    public int Sessions => Done + Partial;
}
