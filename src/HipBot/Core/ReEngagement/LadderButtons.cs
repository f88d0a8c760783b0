using HipBot.Core.Breaks;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Plans;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.ReEngagement;

/// <summary>The buttons under the re-engagement messages: what got in the way, the mini session, a lower level, a pause.</summary>
public static class LadderButtons
{
    private const int LowerAtMostEveryDays = 7;

    /// <summary>The buttons of the re-engagement messages; null when the data is not one of them.</summary>
    public static Turn? Press(ChatState state, ButtonInput button, ChatContext context)
    {
        var press = CallbackData.TryDecode(button.Data);
        if (press is ObstaclePress why)
        {
            var reply = Obstacles.Answer(why.Obstacle, new ProgressSnapshot(
                context.Sessions,
                state.Habit.Streak.Best,
                context.TotalReps.Values.Sum(),
                AtLowestLevel: state.Level <= ProgramLadder.MinLevel));
            return Answered(state, button, reply);
        }
        // A mini session whose date does not read is answered like one from last week.
        var mini = press is MiniDone || (press is null && CallbackData.LooksLike<MiniDone>(button.Data));
        if (context.Day is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return mini || press is StartMini or DeclineMini or LowerLevel or KeepLevel or PauseFor
                ? Answered(state, button, toast: "Let's finish setting up first: send /start.")
                : null;
        }
        switch (press)
        {
            case StartMini:
                return Answered(state with { MiniOn = day.Today }, button, MiniSession(state, day.Today));
            case DeclineMini or KeepLevel:
                return Answered(state, button, toast: "No problem. Your plan stays as it is.");
            // The button carries no level, and an old one can be tapped again: one step down per week at most.
            case LowerLevel when state.LevelSince is { } since && since.PlusDays(LowerAtMostEveryDays) > day.Today:
                return Answered(state, button, toast: $"You changed level recently: you're on level {state.Level}. Give it a few sessions.");
            case LowerLevel when state.Level > ProgramLadder.MinLevel:
                var lower = state.Level - 1;
                return Answered(state with { Level = lower }, button,
                    new Reply($"Level {lower} it is: {ProgramLadder.Get(lower).Describe()}. Easier is fine: showing up is what counts."));
            case LowerLevel:
                return Answered(state, button, toast: "You're on the first level already. Try the 5-minute version instead.");
            case ChangeReminderTime:
                return Onboarding.ChangeOne(state, button, Question.ReminderTime);
            // Client data: only the lengths the buttons offer; any other falls through as a button that does nothing.
            case PauseFor offered when BreakTurns.Offers(offered):
                return Answer(BreakTurns.PauseUntil(state with { Conversation = Conversation.Idle }, day.Today, day.Today.PlusDays(offered.Days)), button);
            case PlanNow now when now.Date != day.Today:
                return Answered(state, button, toast: "That was for another day. Your next plan comes as usual.");
            case PlanNow when state.LastPlanDate == day.Today || state.Status != ChatStatus.Active:
                return Answered(state, button, toast: "Today's exercises are in the chat already.");
            case PlanNow:
                return Answer(DailyPlanner.Now(state, day.Today), button);
            case MiniDone done when done.Date <= day.Today && done.Date >= day.Today.PlusDays(-1):
                return CheckInTurns.RecordMini(state, done.Date, context, button);
        }
        return mini ? Answered(state, button, toast: "That session is from an earlier day.") : null;
    }

    /// <summary>One set per side of each exercise at the user's reps: five minutes, counted as a partial session.</summary>
    public static Reply MiniSession(ChatState state, LocalDate date)
    {
        var plan = ProgramLadder.Prescribe(state.Level);
        var lines = plan.Items.Select(p => $"• {ExerciseCatalog.Name(p.Exercise)}: 1 × {p.RepsPerSide} per side");
        return Reply.WithButtons(
            "⏱ The 5-minute version:\n\n" + string.Join('\n', lines) + "\n\nSlow and steady, both sides. Tap when you're done.",
            [CallbackData.Button("✅ Done the mini session", new MiniDone(date))]);
    }

    private static Turn Answer(Turn turn, ButtonInput button) =>
        turn with { Out = [new AnswerButton(turn.State.ChatId, button.CallbackQueryId), .. turn.Out] };

    private static Turn Answered(ChatState state, ButtonInput button, Reply? reply = null, string? toast = null) =>
        new(state, reply is null
            ? [new AnswerButton(state.ChatId, button.CallbackQueryId, toast)]
            : [new AnswerButton(state.ChatId, button.CallbackQueryId, toast), new SendMessage(state.ChatId, reply)]);
}