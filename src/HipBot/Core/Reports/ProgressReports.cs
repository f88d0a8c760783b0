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
        var progress = ProgramLadder.IsTop(state.Level) ? null : LevelOffers.Progress(LevelOffers.Sessions(state, context, day.Today), day.Today);
        // Open days with work already count toward a streak of sessions; a weekly streak moves only when its week closes.
        var streak = state.Settings.Schedule is WeeklyTarget
            ? state.Habit.Streak
            : Open(state, context, day.Today).Aggregate(state.Habit.Streak, (s, d) => StreakRules.Apply(s, d.Outcome));
        var text = StatsReport.Render(new StatsInput(
            day.Today, streak, WithOpenDays(state, context, day.Today.PlusDays(-1)), DayClosing.Logged(context.Logs.For(day.Today)),
            context.TotalReps, state.Level, progress)
        {
            Stories = Stories(state, context, day.Today, day.Today.PlusDays(-7 * StatsReport.CalendarWeeks)),
            Weekly = state.Settings.Schedule is WeeklyTarget weekly ? Weeks(state, weekly, WithOpenDays(state, context, day.Today), day.Today) : null,
        });
        // The picture counts today too, as it stands, so a session logged this morning is already in this week's bar.
        var chart = WeeklyProgress.Chart(state, context, day.Today, WithOpenDays(state, context, day.Today));
        return new Turn(state,
        [
            new SendMessage(state.ChatId, new Reply(text)),
            new SendChart(state.ChatId, chart, WeeklyProgress.Caption(chart)),
        ]);
    }

    public static Turn History(ChatState state, ChatContext context)
    {
        if (context.Day is not { } day || state.Status == ChatStatus.Onboarding)
        {
            return Turn.Say(state, new Reply("History starts once you're set up: send /start."));
        }
        var outcomes = WithOpenDays(state, context, day.Today.PlusDays(-1));
        var stories = Stories(state, context, day.Today, day.Today.PlusDays(1 - HistoryReport.Days));
        var days = Enumerable.Range(0, HistoryReport.Days)
            .Select(back => day.Today.PlusDays(-back))
            .Select(date =>
            {
                var log = context.Logs.For(date);
                var reps = log.Entries.GroupBy(e => e.Exercise).ToDictionary(g => g.Key, g => g.Sum(e => e.TotalRepsPerSide));
                return new HistoryDay(date, outcomes.TryGetValue(date, out var o) ? o : null, DayClosing.Logged(log), reps, stories[date]);
            })
            .ToList();
        return Turn.Say(state, new Reply(HistoryReport.Render(new HistoryInput(day.Today, days))));
    }

    /// <summary>This week's sessions so far, and the last four closed weeks met, by the rules the streak counts weeks by.</summary>
    private static WeeklyAdherence Weeks(ChatState state, WeeklyTarget weekly, Dictionary<LocalDate, DayOutcome> outcomes, LocalDate today)
    {
        var thisMonday = TrainingSchedule.WeekOf(today);
        int met = 0, counted = 0;
        for (var monday = thisMonday.PlusDays(-28); monday < thisMonday; monday = monday.PlusDays(7))
        {
            var sessions = Sessions(outcomes, monday);
            var excused = state.JoinedOn is not { } joined || joined > monday
                || Enumerable.Range(0, 7).Any(i => state.Habit.WasPausedOn(monday.PlusDays(i)));
            // A week met always counts; one short counts unless a pause or the start excuses it, as in the streak.
            met += sessions >= weekly.Times ? 1 : 0;
            counted += sessions >= weekly.Times || !excused ? 1 : 0;
        }
        return new WeeklyAdherence(weekly.Times, Sessions(outcomes, thisMonday), met, counted);
    }

    private static int Sessions(Dictionary<LocalDate, DayOutcome> outcomes, LocalDate monday) =>
        Enumerable.Range(0, 7).Count(i => outcomes.TryGetValue(monday.PlusDays(i), out var o) && o is DayOutcome.Done or DayOutcome.Partial);

    /// <summary>
    /// Each day's story from <paramref name="from"/> through today: the one reading the /stats calendar and /history share,
    /// by the rules days close by (<see cref="DayClosing"/>), so the two never tell different stories.
    /// </summary>
    internal static Dictionary<LocalDate, DayStory> Stories(ChatState state, ChatContext context, LocalDate today, LocalDate from)
    {
        var outcomes = WithOpenDays(state, context, today);
        var stories = new Dictionary<LocalDate, DayStory>();
        for (var date = from; date <= today; date = date.PlusDays(1))
        {
            var open = state.Habit.LastClosedDate is { } closed && date > closed && date < today
                && state.Settings.Schedule is FixedDays { Days: var days } && days.Includes(date)
                && context.WasPlanned(date) && !state.Habit.WasPausedOn(date);
            stories[date] = DayStories.Tell(
                date, today, outcomes.TryGetValue(date, out var outcome) ? outcome : null,
                DayClosing.Logged(context.Logs.For(date)), open, state.JoinedOn);
        }
        return stories;
    }

    /// <summary>Closed outcomes, plus the days through <paramref name="through"/> that are still open but already have something logged.</summary>
    private static Dictionary<LocalDate, DayOutcome> WithOpenDays(ChatState state, ChatContext context, LocalDate through)
    {
        var outcomes = new Dictionary<LocalDate, DayOutcome>(context.Outcomes);
        foreach (var (date, outcome) in Open(state, context, through))
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
        if (state.Habit.LastClosedDate is not { } closed || state.Settings.Schedule is not { } schedule)
        {
            yield break;
        }
        for (var date = closed.PlusDays(1); date <= through; date = date.PlusDays(1))
        {
            var logged = DayClosing.Logged(context.Logs.For(date));
            // Any day's work is a session on a weekly target.
            var counts = schedule is WeeklyTarget || schedule.PlanDays.Includes(date);
            if (logged != LoggedWork.Nothing && DayCloser.Close(counts, logged, state.Habit.WasPausedOn(date)) is { } outcome)
            {
                yield return (date, outcome);
            }
        }
    }
}
