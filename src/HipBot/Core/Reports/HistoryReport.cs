using System.Globalization;
using System.Text;
using HipBot.Core.Streaks;
using HipBot.Core.Training;

namespace HipBot.Core.Reports;

/// <summary>The /history message: one line per day for the last two weeks, oldest first so today sits at the bottom, next to the user's eye.</summary>
public static class HistoryReport
{
    public const int Days = 14;

    public static string Render(HistoryInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var byDate = new Dictionary<NodaTime.LocalDate, HistoryDay>();
        foreach (var day in input.Days)
        {
            byDate[day.Date] = day;
        }

        var text = new StringBuilder("🗓 Your last 14 days\n\n");
        for (var date = input.Today.PlusDays(1 - Days); date <= input.Today; date = date.PlusDays(1))
        {
            byDate.TryGetValue(date, out var day);
            var story = day?.Story ?? DayStories.Tell(date, input.Today,
                day?.Outcome ?? (date == input.Today ? OutcomeMarks.Provisional(day?.Logged ?? LoggedWork.Nothing) : null),
                day?.Logged ?? LoggedWork.Nothing, openTrainingDay: false, joinedOn: null);
            if (story == DayStory.BeforeStart)
            {
                continue;
            }
            text.Append(DateText.Weekday(date)).Append(' ').Append(DateText.Short(date)).Append(" · ");
            text.Append(OutcomeMarks.Mark(story)).Append(' ').Append(OutcomeMarks.Word(story));
            if (Logged(day) is { } logged)
            {
                text.Append(" · ").Append(logged);
            }
            text.Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    private static string? Logged(HistoryDay? day)
    {
        if (day?.Reps is not { } reps)
        {
            return null;
        }
        var parts = Enum.GetValues<Exercise>()
            .Where(e => reps.TryGetValue(e, out var n) && n > 0)
            .Select(e => string.Create(CultureInfo.InvariantCulture, $"{ExerciseLabels.Short(e)} {reps[e]}"))
            .ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
