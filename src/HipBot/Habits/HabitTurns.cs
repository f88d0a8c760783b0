using System.Globalization;
using HipBot.Chats;
using HipBot.CheckIns;
using HipBot.Dialogue;
using HipBot.Messaging;
using HipBot.Training;
using NodaTime;

namespace HipBot.Habits;

/// <summary>Pausing, stopping and coming back; stats and history; and the answers to the re-engagement buttons.</summary>
public static class HabitTurns
{
    private const string PausePrefix = "pause:";
    private const string MiniDonePrefix = "mini:done:";
    private const int LowerAtMostEveryDays = 7;

    public static Turn Pause(ChatState state, string arguments, ChatContext context)
    {
        if (LocalDay.Of(state, context.Now) is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("Let's get you set up first: send /start."));
        }
        if (string.IsNullOrWhiteSpace(arguments))
        {
            return Turn.Say(state with { Conversation = new Conversation(Question.PauseLength, state.Settings) }, Reply.WithButtons(
                "Taking a break is fine. For how long? Tap one, or type it (\"10 days\", \"until 3 Dec\").",
                [new Button("1 week", HabitCallbacks.PauseWeek), new Button("2 weeks", HabitCallbacks.PauseTwoWeeks), new Button("4 weeks", HabitCallbacks.PauseFourWeeks)]));
        }
        return PauseAnswer.Parse(arguments, day.Today) is { } until
            ? PauseUntil(state, day.Today, until)
            : Turn.Say(state, new Reply($"I couldn't read that. Try \"/pause 7 days\", \"/pause 2 weeks\" or \"/pause until 3 Dec\" (up to {PauseAnswer.MaxDays} days)."));
    }

    /// <summary>A typed answer to "for how long?".</summary>
    public static Turn PauseTyped(ChatState state, string text, ChatContext context) =>
        LocalDay.Of(state, context.Now) is { } day && PauseAnswer.Parse(text, day.Today) is { } until
            ? PauseUntil(state with { Conversation = Conversation.Idle }, day.Today, until)
            : Turn.Say(state, new Reply("Try \"7 days\", \"2 weeks\" or \"until 3 Dec\", or /cancel."));

    public static Turn Resume(ChatState state, ChatContext context)
    {
        if (state.Status is not (ChatStatus.Paused or ChatStatus.Stopped) || LocalDay.Of(state, context.Now) is not { } day)
        {
            return Turn.Say(state, new Reply("You're not on a break: your plans keep coming. /pause takes one."));
        }
        var away = state.Habit.PausedFrom is { } from ? Period.Between(from, day.Today, PeriodUnits.Days).Days : 0;
        var resumed = state with
        {
            Status = ChatStatus.Active,
            Habit = state.Habit with { PausedUntil = day.Today, ConsecutiveMisses = 0 },
        };
        return Turn.Say(resumed, new Reply(WelcomeBack.Text(away) + " Your next plan comes at your usual time."));
    }

    public static Turn Stop(ChatState state, ChatContext context)
    {
        if (state.Status == ChatStatus.Stopped)
        {
            return Turn.Say(state, new Reply("I'm already quiet. Send /start whenever you want me back."));
        }
        var today = LocalDay.Of(state, context.Now)?.Today;
        var stopped = state with
        {
            Status = ChatStatus.Stopped,
            Conversation = Conversation.Idle,
            Habit = state.Habit with { PausedFrom = OngoingPauseStart(state) ?? today, PausedUntil = null },
        };
        return Turn.Say(stopped, new Reply("Okay, I'll stay quiet: no plans, no reminders. Your history is kept. Send /start whenever you want me back."));
    }

    public static Turn Stats(ChatState state, ChatContext context)
    {
        if (LocalDay.Of(state, context.Now) is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("Stats start once you're set up: send /start."));
        }
        var full = LevelOffers.FullDaysAtLevel(state, context, day.Today).Count();
        var progress = ProgramLadder.IsTop(state.Level)
            ? null
            : $"{Math.Min(full, ProgressionPolicy.FullSessionsToLevelUp)} of {ProgressionPolicy.FullSessionsToLevelUp} full sessions in {ProgressionPolicy.LevelUpWindowDays} days";
        var text = StatsReport.Render(new StatsInput(
            day.Today, ProvisionalStreak(state, context, day.Today), context.Outcomes, DayClosing.Logged(context.Logs.For(day.Today)),
            context.TotalReps, state.Level, progress));
        return Turn.Say(state, new Reply(text));
    }

    public static Turn History(ChatState state, ChatContext context)
    {
        if (LocalDay.Of(state, context.Now) is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("History starts once you're set up: send /start."));
        }
        var days = Enumerable.Range(0, HistoryReport.Days)
            .Select(back => day.Today.PlusDays(-back))
            .Select(date =>
            {
                var log = context.Logs.For(date);
                var reps = log.Entries.GroupBy(e => e.Exercise).ToDictionary(g => g.Key, g => g.Sum(e => e.TotalRepsPerSide));
                return new HistoryDay(date, context.Outcomes.TryGetValue(date, out var o) ? o : null, DayClosing.Logged(log), reps);
            })
            .ToList();
        return Turn.Say(state, new Reply(HistoryReport.Render(new HistoryInput(day.Today, days))));
    }

    /// <summary>
    /// The streak as the user feels it: work done on days that have not closed yet (today, yesterday
    /// before noon) already counts; an empty open day costs nothing until it closes.
    /// </summary>
    private static StreakState ProvisionalStreak(ChatState state, ChatContext context, LocalDate today)
    {
        var streak = state.Habit.Streak;
        if (state.Habit.LastClosedDate is not { } closed || state.Settings.Days is not { } days)
        {
            return streak;
        }
        for (var date = closed.PlusDays(1); date <= today; date = date.PlusDays(1))
        {
            var logged = DayClosing.Logged(context.Logs.For(date));
            if (days.Includes(date) && logged.IsWork())
            {
                streak = Streaks.Apply(streak, logged == LoggedWork.Full ? DayOutcome.Done : DayOutcome.Partial);
            }
        }
        return streak;
    }

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
                ? Answer(PauseUntil(state with { Conversation = Conversation.Idle }, day.Today, day.Today.PlusDays(int.Parse(data[PausePrefix.Length..], CultureInfo.InvariantCulture))), button)
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

    private static Turn PauseUntil(ChatState state, LocalDate today, LocalDate until)
    {
        var paused = state with
        {
            Status = ChatStatus.Paused,
            Habit = state.Habit with { PausedFrom = OngoingPauseStart(state) ?? today, PausedUntil = until },
        };
        var last = until.PlusDays(-1).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
        return Turn.Say(paused, new Reply($"⏸ Paused through {last}. Your streak is frozen, not lost. I'll pick up after that; /resume brings me back sooner."));
    }

    /// <summary>A pause or stop already running keeps its start, so days still open stay paused when it is extended.</summary>
    private static LocalDate? OngoingPauseStart(ChatState state) =>
        state.Status is ChatStatus.Paused or ChatStatus.Stopped ? state.Habit.PausedFrom : null;

    private static Turn Answer(Turn turn, ButtonInput button) =>
        turn with { Out = [new AnswerButton(turn.State.ChatId, button.CallbackQueryId), .. turn.Out] };

    private static Turn Answered(ChatState state, ButtonInput button, Reply? reply = null, string? toast = null) =>
        new(state, reply is null
            ? [new AnswerButton(state.ChatId, button.CallbackQueryId, toast)]
            : [new AnswerButton(state.ChatId, button.CallbackQueryId, toast), new SendMessage(state.ChatId, reply)]);
}
