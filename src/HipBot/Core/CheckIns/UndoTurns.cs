using System.Globalization;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Reports;
using HipBot.Core.Streaks;
using HipBot.Core.Training;

namespace HipBot.Core.CheckIns;

/// <summary>
/// /undo takes back the latest check-in. On a day still open it goes at once; a day that has closed is part of the
/// streak and the stats, so HipBot first says exactly what will change and asks.
/// </summary>
public static class UndoTurns
{
    public static Turn Undo(ChatState state, ChatContext context)
    {
        if (context.Latest is not { } latest || context.Day is null)
        {
            return Turn.Say(state, new Reply("There's nothing to undo."));
        }
        if (!IsClosed(state, latest.Removed.Date))
        {
            return TakeBack(state, context, latest);
        }
        return Turn.Say(state, Reply.WithButtons(
            Question(state, context, latest),
            [CallbackData.Button("Yes, undo it", new ConfirmUndo(latest.Batch)), CallbackData.Button("Keep it", new KeepCheckIn())]));
    }

    /// <summary>The answer to "undo it?"; null when the data is not one of its buttons.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, ChatContext context)
    {
        ArgumentNullException.ThrowIfNull(button);
        ArgumentNullException.ThrowIfNull(context);
        var press = CallbackData.TryDecode(button.Data);
        if (press is not (ConfirmUndo or KeepCheckIn))
        {
            return null;
        }
        if (press is KeepCheckIn)
        {
            return Settle(state, button, "Kept: nothing was undone.");
        }
        // The question names one check-in; if another came since, this answer is about something else now.
        var latest = context.Latest;
        var current = latest is not null && context.Day is not null && IsClosed(state, latest.Removed.Date)
            && press is ConfirmUndo confirm && confirm.Batch == latest.Batch;
        if (!current)
        {
            return Settle(state, button, "That check-in isn't the one this question was about any more, so nothing was undone. Send /undo to see what it would take back.");
        }
        var question = Question(state, context, latest!);
        var undone = TakeBack(state, context, latest!);
        return undone with { Out = [.. Settle(state, button, question).Out, .. undone.Out] };
    }

    /// <summary>Typed "yes, undo it" answers the question too, and needs the check-in it is about.</summary>
    public static bool MayConfirm(string text) =>
        text.Length < 40 && text.Contains("undo", StringComparison.OrdinalIgnoreCase);

    private static bool IsClosed(ChatState state, NodaTime.LocalDate date) =>
        state.Habit.LastClosedDate is { } closed && date <= closed;

    /// <summary>The plan of that day, at the level it was sent at: a day of last week is not described at today's level.</summary>
    private static DayPlan PlanOf(ChatState state, ChatContext context, NodaTime.LocalDate date) =>
        ProgramLadder.Prescribe(context.PlanLevels.TryGetValue(date, out var level) ? level : state.Level);

    private static string What(LatestCheckIn latest) =>
        latest.Removed.Skipped ? "the rest-day mark" : CheckInSummary.Join(CheckInSummary.LoggedParts(latest.Removed.Entries));

    private static string Question(ChatState state, ChatContext context, LatestCheckIn latest)
    {
        var date = latest.Removed.Date;
        var day = PlanText.FormatDay(date);
        var text = $"Your last check-in was for {day}, a day that has closed. Undoing it takes back {What(latest)}";
        if (context.Outcomes.TryGetValue(date, out var before) && DayClosing.Recount(state, latest.DayWithout, context) is { } recount)
        {
            var after = recount.Outcome.Outcome;
            text += $", and {day} goes from {OutcomeMarks.Word(before)} to {OutcomeMarks.Word(after)}";
            var (streakBefore, streakAfter) = (state.Habit.Streak.Current, recount.Habit.Streak.Current);
            text += streakBefore == streakAfter
                ? string.Create(CultureInfo.InvariantCulture, $"; your streak stays at {streakBefore}")
                : string.Create(CultureInfo.InvariantCulture, $"; your streak goes from {streakBefore} to {streakAfter}");
        }
        else
        {
            text += $"; how {day} ended stays as it is";
        }
        var left = latest.DayWithout.Remaining(PlanOf(state, context, date));
        text += left.Count == 0 ? "." : $". Left for {day} would be {CheckInSummary.Join(left.Select(CheckInSummary.Left))}.";
        return text + " Undo it?";
    }

    /// <summary>Takes the check-in back; a day that had closed is recounted.</summary>
    private static Turn TakeBack(ChatState state, ChatContext context, LatestCheckIn latest)
    {
        var today = context.Day!.Today;
        var date = latest.Removed.Date;
        var plan = PlanOf(state, context, date);
        var left = latest.DayWithout.Remaining(plan);
        var when = date == today ? "today" : PlanText.FormatDay(date);
        var text = $"Undone: {What(latest)} ({when}). " +
            (left.Count == 0 ? "The rest of the day stays logged." : $"Left {when}: {CheckInSummary.Join(left.Select(CheckInSummary.Left))}.");
        var effects = new List<Effect> { new RemoveCheckIn(date, latest.Batch) };
        var next = state;
        if (DayClosing.Recount(state, latest.DayWithout, context) is { } recount)
        {
            next = state with { Habit = recount.Habit };
            effects.Add(recount.Outcome);
        }
        return new Turn(next, [new SendMessage(state.ChatId, new Reply(text)), CheckInTurns.PlanEdit(state, plan, latest.DayWithout)]) { Effects = effects };
    }

    /// <summary>Stops the spinner and rewrites the question without its buttons.</summary>
    private static Turn Settle(ChatState state, ButtonInput button, string text) =>
        new(state, [new AnswerButton(state.ChatId, button.CallbackQueryId), ClearButtons(state, button, text)]);

    /// <summary>The question, once answered, loses its buttons: its text is put back without them.</summary>
    private static EditMessage ClearButtons(ChatState state, ButtonInput button, string text) =>
        new(state.ChatId, new Reply(text), MessageId: button.MessageId);
}
