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
