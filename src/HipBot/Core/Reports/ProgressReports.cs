using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Reports;

/// <summary>/stats and /history: what the user has done, as they would count it.</summary>
public static class ProgressReports
{
    public static Turn Stats(ChatState state, ChatContext context)
    {
        if (context.Day is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("Stats start once you're set up: send /start."));
        }
        var full = LevelOffers.FullDaysAtLevel(state, context, day.Today).Count();
        var progress = ProgramLadder.IsTop(state.Level)
            ? null
            : $"{Math.Min(full, ProgressionPolicy.FullSessionsToLevelUp)} of {ProgressionPolicy.FullSessionsToLevelUp} full sessions in {ProgressionPolicy.LevelUpWindowDays} days";
        var streak = Open(state, context, day.Today).Aggregate(state.Habit.Streak, (s, d) => StreakRules.Apply(s, d.Outcome));
        var text = StatsReport.Render(new StatsInput(
            day.Today, streak, WithOpenDays(state, context, day.Today), DayClosing.Logged(context.Logs.For(day.Today)),
            context.TotalReps, state.Level, progress));
        return Turn.Say(state, new Reply(text));
    }

    public static Turn History(ChatState state, ChatContext context)
    {
        if (context.Day is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("History starts once you're set up: send /start."));
        }
        var outcomes = WithOpenDays(state, context, day.Today);
        var days = Enumerable.Range(0, HistoryReport.Days)
            .Select(back => day.Today.PlusDays(-back))
            .Select(date =>
            {
                var log = context.Logs.For(date);
                var reps = log.Entries.GroupBy(e => e.Exercise).ToDictionary(g => g.Key, g => g.Sum(e => e.TotalRepsPerSide));
                return new HistoryDay(date, outcomes.TryGetValue(date, out var o) ? o : null, DayClosing.Logged(log), reps);
            })
            .ToList();
        return Turn.Say(state, new Reply(HistoryReport.Render(new HistoryInput(day.Today, days))));
    }

    /// <summary>Closed outcomes, plus the days before today that are still open but already have something logged.</summary>
    private static Dictionary<LocalDate, DayOutcome> WithOpenDays(ChatState state, ChatContext context, LocalDate today)
    {
        var outcomes = new Dictionary<LocalDate, DayOutcome>(context.Outcomes);
        foreach (var (date, outcome) in Open(state, context, today.PlusDays(-1)))
        {
            outcomes[date] = outcome;
        }
        return outcomes;
    }

    /// <summary>
    /// Days not closed yet (today, yesterday before noon) as they would close now, where the user already said
    /// something about them: work and rest days show as they will count, an empty day costs nothing until it closes.
    /// </summary>
    private static IEnumerable<(LocalDate Date, DayOutcome Outcome)> Open(ChatState state, ChatContext context, LocalDate through)
    {
        if (state.Habit.LastClosedDate is not { } closed || state.Settings.Days is not { } days)
        {
            yield break;
        }
        for (var date = closed.PlusDays(1); date <= through; date = date.PlusDays(1))
        {
            var logged = DayClosing.Logged(context.Logs.For(date));
            if (logged != LoggedWork.Nothing && DayCloser.Close(days.Includes(date), logged, state.Habit.WasPausedOn(date)) is { } outcome)
            {
                yield return (date, outcome);
            }
        }
    }
}
