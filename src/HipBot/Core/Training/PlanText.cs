using System.Globalization;
using System.Text;
using HipBot.Core.Buttons;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Training;

/// <summary>The daily plan message, its buttons, and the edited version that shows what is logged so far.</summary>
public static class PlanText
{
    private const string Closing = "Slow and deliberate. " + ExerciseCatalog.BothSides;

    private static readonly LocalDatePattern DayPattern = LocalDatePattern.Create("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>The plan as first sent: header, each exercise with its numbers and one cue, and a closing reminder.</summary>
    /// <param name="openingLine">An optional greeting or nudge shown above the plan.</param>
    public static string Render(DayPlan plan, LocalDate date, string? openingLine = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = Start(plan, date, openingLine);
        foreach (var prescription in plan.Items)
        {
            text.Append("• ").Append(Line(prescription)).Append('\n');
            text.Append("   ").Append(ExerciseCatalog.Cue(prescription)).Append('\n');
        }
        return text.Append('\n').Append(Closing).ToString();
    }

    /// <summary>
    /// The same message after check-ins: ✅ on finished exercises, "2/3 sets" on started ones, cues only where work is left.
    /// The bot edits the plan message with this rather than sending another one.
    /// </summary>
    public static string RenderWithProgress(DayPlan plan, LocalDate date, DayLog log, string? openingLine = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(log);
        var text = Start(plan, date, openingLine);
        foreach (var prescription in plan.Items)
        {
            var done = log.RemainingOf(prescription) is null;
            text.Append(done ? "✅ " : "▫️ ").Append(Line(prescription));
            var sets = log.SetsDone(prescription.Exercise);
            if (!done && sets > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $" · {sets}/{prescription.Sets} sets");
            }
            text.Append('\n');
            if (!done)
            {
                text.Append("   ").Append(ExerciseCatalog.Cue(prescription)).Append('\n');
            }
        }
        return text.Append('\n').Append(Footer(plan, log)).ToString();
    }

    /// <summary>✅ Done · ✏️ Log sets / ⏭ Skip today · ⏰ Later, each carrying the plan's date.</summary>
    public static IReadOnlyList<IReadOnlyList<Button>> PlanButtons(LocalDate date) =>
    [
        [Tap("✅ Done", PlanAction.Done, date), Tap("✏️ Log sets", PlanAction.Log, date)],
        [Tap("⏭ Skip today", PlanAction.Skip, date), Tap("⏰ Later", PlanAction.Snooze, date)],
    ];

    /// <summary>"Wed 25 Nov" — short enough for a header, no year because plans are about this week.</summary>
    public static string FormatDay(LocalDate date) => DayPattern.Format(date);

    private static StringBuilder Start(DayPlan plan, LocalDate date, string? openingLine)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(openingLine))
        {
            text.Append(openingLine.Trim()).Append("\n\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"Hip work · {FormatDay(date)} · level {plan.Level}");
        return text.Append("\n\n");
    }

    private static string Line(Prescription prescription) =>
        ExerciseCatalog.Title(prescription) + " — " + prescription.Describe();

    private static string Footer(DayPlan plan, DayLog log)
    {
        if (log.Remaining(plan).Count == 0)
        {
            return "All done — nice work.";
        }
        if (log.Skipped)
        {
            return "Rest day. See you next time.";
        }
        return log.Entries.Count > 0 ? "Good going — tap ✅ Done when the rest is in." : Closing;
    }

    private static Button Tap(string text, PlanAction action, LocalDate date) =>
        CallbackData.Button(text, new PlanPress(action, date));
}
