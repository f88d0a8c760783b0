using System.Globalization;
using System.Text;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Reports;

/// <summary>The /stats message: streaks, adherence, reps, level and a five-week calendar, as Telegram plain text.</summary>
public static class StatsReport
{
    public const int CalendarWeeks = 5;

    public static string Render(StatsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = new StringBuilder();
        text.Append("📊 Your hip stats\n\n");
        if (input.Weekly is { } weekly)
        {
            text.Append(WeeksLine(input.Streak)).Append('\n');
            text.Append(weekly.ThisWeek >= weekly.Times
                ? string.Create(CultureInfo.InvariantCulture, $"This week: {weekly.ThisWeek} sessions, your {weekly.Times} met ✅\n")
                : string.Create(CultureInfo.InvariantCulture, $"This week: {weekly.ThisWeek} of {weekly.Times} sessions\n"));
            text.Append("Last 4 weeks: ").Append(weekly.WeeksCounted == 0 ? "—" : string.Create(CultureInfo.InvariantCulture,
                $"{weekly.WeeksMet} of {weekly.WeeksCounted} weeks met ({((weekly.WeeksMet * 100) + (weekly.WeeksCounted / 2)) / weekly.WeeksCounted}%)")).Append("\n\n");
        }
        else
        {
            text.Append(StreakLine(input.Streak)).Append('\n');
            text.Append("Last 7 days: ").Append(Adherence(input, 7)).Append('\n');
            text.Append("Last 30 days: ").Append(Adherence(input, 30)).Append("\n\n");
        }

        text.Append("Reps so far (per side)\n");
        foreach (var exercise in Enum.GetValues<Exercise>())
        {
            var reps = input.TotalReps.TryGetValue(exercise, out var n) ? n : 0;
            text.Append(CultureInfo.InvariantCulture, $"• {ExerciseLabels.Plural(exercise)}: {reps:N0}\n");
        }
        text.Append('\n');

        text.Append(CultureInfo.InvariantCulture, $"Level {input.Level}");
        text.Append(input.NextLevelProgress is { Length: > 0 } progress
            ? $", next level: {progress}\n\n"
            : ", the top one. Keeping it is the win now.\n\n");

        text.Append("Last five weeks (each row Mon → Sun)\n");
        var calendar = Calendar(input);
        text.Append(calendar).Append('\n');
        text.Append(OutcomeMarks.Legend);
        if (calendar.Contains(OutcomeMarks.Open, StringComparison.Ordinal))
        {
            text.Append(" · " + OutcomeMarks.Open + " open");
        }
        if (calendar.Contains(OutcomeMarks.BeforeStart, StringComparison.Ordinal))
        {
            text.Append(" · " + OutcomeMarks.BeforeStart + " before you started");
        }
        return text.ToString();
    }

    private static string StreakLine(StreakState streak)
    {
        var best = streak.Best > 0 ? string.Create(CultureInfo.InvariantCulture, $" (best {streak.Best})") : string.Empty;
        return streak.Current switch
        {
            // Zero is nothing to show off; point at the next session instead.
            0 => $"🔥 Streak: starts with your next session{best}",
            1 => $"🔥 Streak: 1 session{best}",
            var n => string.Create(CultureInfo.InvariantCulture, $"🔥 Streak: {n} sessions{best}"),
        };
    }

    /// <summary>A weekly target's streak: weeks met in a row.</summary>
    private static string WeeksLine(StreakState streak)
    {
        var best = streak.Best > 0 ? string.Create(CultureInfo.InvariantCulture, $" (best {streak.Best})") : string.Empty;
        return streak.Current switch
        {
            0 => $"🔥 Streak: starts with your next week met{best}",
            1 => $"🔥 Streak: 1 week met{best}",
            var n => string.Create(CultureInfo.InvariantCulture, $"🔥 Streak: {n} weeks met in a row{best}"),
        };
    }

    /// <summary>
    /// Done and partial over the closed training days of the last <paramref name="days"/> days before today.
    /// Skipped and paused days are left out entirely, as they are from the streak: the user chose them.
    /// </summary>
    private static string Adherence(StatsInput input, int days)
    {
        int counted = 0, kept = 0;
        for (var date = input.Today.PlusDays(-days); date < input.Today; date = date.PlusDays(1))
        {
            if (!input.Outcomes.TryGetValue(date, out var outcome) || outcome is DayOutcome.Paused or DayOutcome.Skipped)
            {
                continue;
            }
            counted++;
            if (outcome is DayOutcome.Done or DayOutcome.Partial)
            {
                kept++;
            }
        }
        if (counted == 0)
        {
            return "—";
        }
        var percent = ((kept * 100) + (counted / 2)) / counted;
        return string.Create(CultureInfo.InvariantCulture, $"{kept} of {counted} sessions ({percent}%)");
    }

    /// <summary>
    /// Weeks as rows so a habit shows up as columns (every Monday green). The week's Monday date goes at
    /// the end of the row: emoji widths vary in Telegram, and a label in front would push the cells out of line.
    /// </summary>
    private static string Calendar(StatsInput input)
    {
        var thisMonday = input.Today.PlusDays(1 - (int)input.Today.DayOfWeek);
        var rows = new StringBuilder();
        for (var week = CalendarWeeks - 1; week >= 0; week--)
        {
            var monday = thisMonday.PlusDays(-7 * week);
            if (input.Stories.TryGetValue(monday.PlusDays(6), out var sunday) && sunday == DayStory.BeforeStart)
            {
                // A week before the user started is no part of their record.
                continue;
            }
            var cells = new List<string>(7);
            for (var offset = 0; offset < 7; offset++)
            {
                var date = monday.PlusDays(offset);
                if (date > input.Today)
                {
                    break;
                }
                cells.Add(Cell(input, date));
            }
            rows.Append(string.Join(' ', cells)).Append("  ").Append(DateText.Short(monday)).Append('\n');
        }
        return rows.ToString();
    }

    private static string Cell(StatsInput input, LocalDate date) =>
        OutcomeMarks.Mark(input.Stories.TryGetValue(date, out var story) ? story : DayStories.Tell(
            date,
            input.Today,
            input.Outcomes.TryGetValue(date, out var outcome) ? outcome : date == input.Today ? OutcomeMarks.Provisional(input.TodayLogged) : null,
            date == input.Today ? input.TodayLogged : LoggedWork.Nothing,
            openTrainingDay: false,
            joinedOn: null));
}
