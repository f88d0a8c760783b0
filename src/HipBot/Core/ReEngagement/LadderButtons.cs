using System.Globalization;
using HipBot.Core.Breaks;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Dialogue;
using HipBot.Core.Messages;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.ReEngagement;

/// <summary>The buttons under the re-engagement messages: what got in the way, the mini session, a lower level, a pause.</summary>
public static class LadderButtons
{
    private const string PausePrefix = "pause:";
    private const string MiniDonePrefix = "mini:done:";
    private const int LowerAtMostEveryDays = 7;

    /// <summary>The buttons of the re-engagement messages; null when the data is not one of them.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, ChatContext context)
    {
        var data = button.Data;
        if (data.StartsWith(HabitCallbacks.WhyPrefix, StringComparison.Ordinal))
        {
            var reply = Obstacles.Answer(data, new ProgressSnapshot(
                context.Outcomes.Values.Count(o => o is DayOutcome.Done or DayOutcome.Partial),
                state.Habit.Streak.Best,
                context.TotalReps.Values.Sum()));
            return Answered(state, button, reply);
        }
        if (LocalDay.Of(state, context.Now) is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return data.StartsWith(PausePrefix, StringComparison.Ordinal) || data.StartsWith("mini:", StringComparison.Ordinal) || data.StartsWith("lower:", StringComparison.Ordinal)
                ? Answered(state, button, toast: "Let's finish setting up first: send /start.")
                : null;
        }
        switch (data)
        {
            case HabitCallbacks.MiniStart:
                return Answered(state, button, MiniSession(state, day.Today));
            case HabitCallbacks.MiniNo or HabitCallbacks.LowerNo:
                return Answered(state, button, toast: "No problem. Your plan stays as it is.");
            // The button carries no level, and an old one can be tapped again: one step down per week at most.
            case HabitCallbacks.LowerYes when state.LevelSince is { } since && since.PlusDays(LowerAtMostEveryDays) > day.Today:
                return Answered(state, button, toast: $"You changed level recently: you're on level {state.Level}. Give it a few sessions.");
            case HabitCallbacks.LowerYes when state.Level > ProgramLadder.MinLevel:
                var lower = state.Level - 1;
                return Answered(state with { Level = lower }, button,
                    new Reply($"Level {lower} it is: {ProgramLadder.Get(lower).Describe()}. Easier is fine: showing up is what counts."));
            case HabitCallbacks.LowerYes:
                return Answered(state, button, toast: "You're on the first level already. Try the 5-minute version instead.");
            case HabitCallbacks.RemindChange:
                return Onboarding.Press(state, button with { Data = "set:time" }, context.Now);
        }
        if (data.StartsWith(PausePrefix, StringComparison.Ordinal))
        {
            // Client data: only the lengths the buttons offer.
            return data is HabitCallbacks.PauseWeek or HabitCallbacks.PauseTwoWeeks or HabitCallbacks.PauseFourWeeks
                ? Answer(BreakTurns.PauseUntil(state with { Conversation = Conversation.Idle }, day.Today, day.Today.PlusDays(int.Parse(data[PausePrefix.Length..], CultureInfo.InvariantCulture))), button)
                : Answered(state, button, toast: "That button doesn't do anything any more.");
        }
        if (data.StartsWith(MiniDonePrefix, StringComparison.Ordinal))
        {
            return PlanCallback.TryParse("plan:done:" + data[MiniDonePrefix.Length..], out var callback) && callback is not null
                && callback.Date <= day.Today && callback.Date >= day.Today.PlusDays(-1)
                ? CheckInTurns.RecordMini(state, callback.Date, context, button)
                : Answered(state, button, toast: "That session is from an earlier day.");
        }
        return null;
    }

    /// <summary>One set per side of each exercise at the user's reps: five minutes, counted as a partial session.</summary>
    public static Reply MiniSession(ChatState state, LocalDate date)
    {
        var plan = ProgramLadder.Prescribe(state.Level);
        var lines = plan.Items.Select(p => $"• {ExerciseCatalog.Name(p.Exercise)}: 1 × {p.RepsPerSide} per side");
        return Reply.WithButtons(
            "⏱ The 5-minute version:\n\n" + string.Join('\n', lines) + "\n\nSlow and steady, both sides. Tap when you're done.",
            [new Button("✅ Done the mini session", MiniDonePrefix + IsoDate.Format(date))]);
    }

    private static Turn Answer(Turn turn, ButtonInput button) =>
        turn with { Out = [new AnswerButton(turn.State.ChatId, button.CallbackQueryId), .. turn.Out] };

    private static Turn Answered(ChatState state, ButtonInput button, Reply? reply = null, string? toast = null) =>
        new(state, reply is null
            ? [new AnswerButton(state.ChatId, button.CallbackQueryId, toast)]
            : [new AnswerButton(state.ChatId, button.CallbackQueryId, toast), new SendMessage(state.ChatId, reply)]);
}