using HipBot.Chats;
using HipBot.Messaging;
using HipBot.Training;
using NodaTime;

namespace HipBot.Habits;

/// <summary>/stats and /history: what the user has done, as they would count it.</summary>
public static class ProgressReports
{
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
            if (logged.IsWork() && DayCloser.Close(date, days.Includes(date), logged, wasPaused: false) is { } outcome)
            {
                streak = Streaks.Apply(streak, outcome);
            }
        }
        return streak;
    }
}
