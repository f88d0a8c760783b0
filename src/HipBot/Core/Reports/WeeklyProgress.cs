using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Reports;

/// <summary>Counts the last twelve weeks for the /stats picture, by the same rules as the streak and the adherence lines.</summary>
public static class WeeklyProgress
{
    /// <summary>How far before the first week the plan levels should reach, so the first week knows its level.</summary>
    public const int LevelLookbackDays = (7 * ProgressChart.WeekCount) + 28;

    /// <param name="outcomes">Closed days, plus the open days through today that already have something logged.</param>
    public static ProgressChart Chart(ChatState state, ChatContext context, LocalDate today, IReadOnlyDictionary<LocalDate, DayOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(outcomes);
        var thisMonday = today.PlusDays(1 - (int)today.DayOfWeek);
        var weeks = new List<ChartWeek>(ProgressChart.WeekCount);
        var firstMonday = thisMonday.PlusDays(-7 * (ProgressChart.WeekCount - 1));
        // The level the window starts at: that of the last plan before it, if the context reaches back that far.
        int? level = context.PlanLevels.Where(p => p.Key < firstMonday).OrderBy(p => p.Key).Select(p => (int?)p.Value).LastOrDefault();
        for (var back = ProgressChart.WeekCount - 1; back >= 0; back--)
        {
            var monday = thisMonday.PlusDays(-7 * back);
            int done = 0, partial = 0, planned = 0, upcoming = 0;
            for (var date = monday; date < monday.PlusDays(7); date = date.PlusDays(1))
            {
                if (outcomes.TryGetValue(date, out var outcome))
                {
                    // Skipped and paused days are out of the plan, as they are out of the streak and adherence.
                    planned += outcome is DayOutcome.Paused or DayOutcome.Skipped ? 0 : 1;
                    done += outcome == DayOutcome.Done ? 1 : 0;
                    partial += outcome == DayOutcome.Partial ? 1 : 0;
                }
                else if (StillPlanned(state, context, date, today))
                {
                    planned++;
                    upcoming += date >= today ? 1 : 0;
                }
                if (context.PlanLevels.TryGetValue(date, out var planLevel))
                {
                    level = planLevel;
                }
            }
            if (state.Settings.Schedule is WeeklyTarget weekly)
            {
                // A weekly target plans sessions, not days: the week's number, from the week the user started in.
                var started = state.JoinedOn is not { } joined || joined <= monday.PlusDays(6);
                planned = started ? Math.Max(weekly.Times, done + partial) : 0;
                upcoming = back == 0 && started ? Math.Max(0, weekly.Times - done - partial) : 0;
            }
            weeks.Add(new ChartWeek(monday, done, partial, planned, upcoming, back == 0 ? state.Level : level));
        }
        return new ProgressChart(weeks);
    }

    /// <summary>The words under the picture: the sessions so far against the plan so far.</summary>
    public static string Caption(ProgressChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var sessions = chart.Weeks.Sum(w => w.Sessions);
        var partial = chart.Weeks.Sum(w => w.Partial);
        var plannedSoFar = chart.Weeks.Sum(w => w.Planned - w.Upcoming);
        if (plannedSoFar == 0)
        {
            return "Your weeks fill in here as you train: green for a full session, yellow for part of one.";
        }
        var percent = ((sessions * 100) + (plannedSoFar / 2)) / plannedSoFar;
        var partly = partial switch
        {
            0 => "",
            1 => ", 1 of them partial",
            _ => string.Create(CultureInfo.InvariantCulture, $", {partial} of them partial"),
        };
        return string.Create(CultureInfo.InvariantCulture,
            $"Last 12 weeks: {sessions} of {plannedSoFar} planned sessions so far ({percent}%){partly}.");
    }

    /// <summary>
    /// A training day without an outcome yet that still belongs to the plan: one still open or to come, not paused, and
    /// (if already past) one HipBot sent a plan for, as <see cref="DayClosing"/> will count it when it closes.
    /// </summary>
    private static bool StillPlanned(ChatState state, ChatContext context, LocalDate date, LocalDate today) =>
        state.Settings.Days is { } days && days.Includes(date)
        && state.Habit.LastClosedDate is { } closed && date > closed
        && !state.Habit.WasPausedOn(date)
        && (date >= today || context.WasPlanned(date));
}
