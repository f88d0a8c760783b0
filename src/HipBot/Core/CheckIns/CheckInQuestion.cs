using HipBot.Core.Buttons;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>The one short question the bot asks when a check-in cannot be pinned down, with buttons that answer it.</summary>
public static class CheckInQuestion
{
    /// <param name="date">The date the check-in is about; the buttons carry it.</param>
    public static Reply For(ParsedCheckIn.Ambiguous ambiguous, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(ambiguous);
        var log = CallbackData.Button("✏️ Log sets", new PlanPress(PlanAction.Log, date));
        var all = CallbackData.Button("✅ All of it", new PlanPress(PlanAction.Done, date));
        if (ambiguous.Reason == AmbiguityReason.When)
        {
            // No buttons: a tap could only guess the day, which is what the question is about.
            return new Reply($"Which day was that? I can log anything from the last {DayOffset.MaxDaysBack} days: " +
                "start with the day, like “monday 3x20”, “2 days ago done” or “yesterday clams 2x15”.");
        }
        if (ambiguous.Reason == AmbiguityReason.WhichExercise)
        {
            return Reply.WithButtons(
                "Which exercise was that? I keep count of clamshells, side leg raises and traveling side squats: " +
                "tell me like “clams 3x20”, or tap if it was all three.", [all, log]);
        }
        if (ambiguous.Reason == AmbiguityReason.Numbers)
        {
            return Reply.WithButtons("I couldn't quite read those numbers. How much did you do?", [all, log]);
        }
        if (ambiguous.Exercises.Count == 0)
        {
            return Reply.WithButtons("Nice! How much did you get through?", [all, log]);
        }
        // "All of it" would finish every exercise, but they only talked about these: let them pick sets instead.
        var names = CheckInSummary.Join(ambiguous.Exercises.Select(e => ExerciseCatalog.Get(e).NameInSentence));
        return Reply.WithButtons($"Nice! How much of the {names} did you get through?", [log]);
    }
}
