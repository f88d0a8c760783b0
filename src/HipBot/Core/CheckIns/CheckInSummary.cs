using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>The reply to a check-in: exactly what was logged, and what is left of the day's plan.</summary>
public static class CheckInSummary
{
    /// <param name="today">The user's local today, so a late log reads "for yesterday".</param>
    public static string Render(RecordedCheckIn result, DayPlan plan, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(plan);

        var date = result.Day.Date;
        if (!result.IsRecordable)
        {
            return "Nothing logged yet — tap ✅ Done or ✏️ Log sets on the plan whenever you're ready.";
        }
        if (result.SkipMarked || (result.Day.Skipped && result.Added.Count == 0))
        {
            return date == today ? "Rest day noted. See you next time." : $"Marked {DayName(date, today)} as a rest day.";
        }

        var lines = new List<string>();
        if (result.Added.Count > 0)
        {
            lines.Add($"Logged{ForDay(date, today)}: {Join(LoggedParts(result.Added))}.");
        }
        var remaining = result.Day.Remaining(plan);
        if (result.Added.Count == 0 && result.AlreadyDone.Count > 0 && remaining.Count > 0)
        {
            lines.Add($"Already in: {Join(result.AlreadyDone.Select(e => ExerciseCatalog.Get(e).NameInSentence))}.");
        }
        if (result.OneSided.Count > 0)
        {
            var names = Join(result.OneSided.Select(e => ExerciseCatalog.Get(e).NameInSentence));
            lines.Add($"For {names} I only have one side — send both together, like “2x20 left, 2x20 right”.");
        }
        lines.Add(remaining.Count == 0 ? AllDone(date, today) : $"Left {LeftDay(date, today)}: {Join(remaining.Select(Left))}.");
        return string.Join("\n", lines);
    }

    public static IEnumerable<string> LoggedParts(IReadOnlyList<ExerciseLog> added) =>
        added
            .GroupBy(l => l.Exercise)
            .Select(g => ExerciseCatalog.Get(g.Key).NameInSentence + " "
                + string.Join(" + ", g.Select(l => SetsText.Format(l.Sets, l.RepsPerSide))) + " per side");

    /// <summary>"clamshells 2 × 20": what is left of one exercise.</summary>
    public static string Left(Prescription left) =>
        ExerciseCatalog.Get(left.Exercise).NameInSentence + " " + SetsText.Format(left.Sets, left.RepsPerSide);

    private static string AllDone(LocalDate date, LocalDate today) =>
        date == today ? "That's everything for today — nice work."
        : date == today.PlusDays(-1) ? "That's all of yesterday done — nice work."
        : $"That's everything for {PlanText.FormatDay(date)} — nice work.";

    private static string ForDay(LocalDate date, LocalDate today) =>
        date == today ? "" : " for " + DayName(date, today);

    private static string LeftDay(LocalDate date, LocalDate today) =>
        date == today ? "today" : "from " + DayName(date, today);

    private static string DayName(LocalDate date, LocalDate today) =>
        date == today ? "today" : date == today.PlusDays(-1) ? "yesterday" : PlanText.FormatDay(date);

    /// <summary>"a", "a and b", "a, b and c".</summary>
    internal static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
