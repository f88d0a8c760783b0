using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Streaks;

/// <summary>
/// A turn that reads only the closed days a check-in can still correct, and the years before them as two numbers, decides
/// exactly what it would with every closed day: the same streak, best, run of misses, outcome and answer.
/// </summary>
public class RecentHistoryTests
{
    private static readonly Instant Now = TodayAt(13);

    public static TheoryData<int> Seeds => [.. Enumerable.Range(0, 300)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_correction_from_the_recent_days_recounts_the_streak_as_the_whole_history_does(int seed)
    {
        var random = new Random(seed);
        var (state, outcomes) = History(random);
        var all = Context(Now) with { Outcomes = outcomes };
        var recent = Recent(state, all);
        var date = Today.PlusDays(-random.Next(1, DayOffset.MaxDaysBack + 1));
        DayLog[] logs = [Full(date), Partial(date), RestMarked(date)];
        var day = logs[random.Next(logs.Length)];

        var whole = DayClosing.Backfill(state, day, all);
        var bounded = DayClosing.Backfill(state, day, recent);

        Assert.True(recent.Outcomes.Count <= CorrectionWindow.Days + 1, $"{recent.Outcomes.Count} days read");
        Assert.Equal(whole, bounded);
        Assert.Equal(all.Sessions, recent.Sessions);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_check_in_for_an_earlier_day_answers_as_it_would_with_the_whole_history(int seed)
    {
        var random = new Random(seed);
        var (state, outcomes) = History(random);
        var all = Context(Now) with { Outcomes = outcomes };
        var back = random.Next(1, DayOffset.MaxDaysBack + 1);
        var text = back == 1 ? "done yesterday" : string.Create(CultureInfo.InvariantCulture, $"done {back} days ago");

        var whole = PrivateChat.Handle(state, Text(text), all);
        var bounded = PrivateChat.Handle(state, Text(text), Recent(state, all));

        Assert.Equal(whole.State.Habit, bounded.State.Habit);
        Assert.Equal(Texts(whole.Out), Texts(bounded.Out));
        Assert.Equal(whole.Effects.OfType<SaveOutcome>(), bounded.Effects.OfType<SaveOutcome>());
    }

    [Fact]
    public void A_correction_of_the_miss_that_ended_a_long_streak_joins_it_again_from_the_recent_days()
    {
        // 400 sessions in a row, then a miss five days ago, then four more: the backfill makes it one run of 405.
        var first = Today.PlusDays(-405);
        var outcomes = Enumerable.Range(0, 405).Select(i => first.PlusDays(i))
            .ToDictionary(d => d, d => d == Today.PlusDays(-5) ? DayOutcome.Missed : DayOutcome.Done);
        var state = Runner() with { Habit = Runner().Habit with { Streak = new StreakState(4, 400) } };
        var all = Context(Now) with { Outcomes = outcomes };

        var bounded = DayClosing.Backfill(state, Full(Today.PlusDays(-5)), Recent(state, all));

        Assert.Equal(new StreakState(405, 405), bounded?.Habit.Streak);
        Assert.Equal(DayClosing.Backfill(state, Full(Today.PlusDays(-5)), all), bounded);
    }

    [Fact]
    public void A_weekly_target_reads_every_closed_day()
    {
        var weekly = Runner() with { Settings = BerlinSettings(TrainingDays.MonWedFri) with { TimesPerWeek = 3 } };

        Assert.Null(CorrectionWindow.Start(weekly, Now));
        Assert.NotNull(CorrectionWindow.Start(Runner(), Now));
    }

    /// <summary>What the shell loads for <see cref="ContextNeeds.RecentHistory"/>, cut from the whole history.</summary>
    private static ChatContext Recent(ChatState state, ChatContext all)
    {
        var from = CorrectionWindow.Start(state, all.Now)!.Value;
        return all with
        {
            Outcomes = all.Outcomes.Where(o => o.Key >= from).ToDictionary(),
            Earlier = EarlierDays.Of(all.Outcomes, from),
        };
    }

    /// <summary>
    /// Up to two and a half years of closed days, every day or Mon/Wed/Fri, in stretches: long perfect
    /// streaks (longer than the window), runs of misses, breaks, and days of every kind; the runner's record as those
    /// days left it (the best sometimes higher, as a correction earlier may have left it).
    /// </summary>
    private static (ChatState State, Dictionary<LocalDate, DayOutcome> Outcomes) History(Random random)
    {
        var days = random.Next(3) == 0 ? TrainingDays.MonWedFri : TrainingDays.EveryDay;
        var length = random.Next(1, 900);
        // Mostly settled through yesterday; sometimes silent for a while, so the turn closes those days first.
        var lastClosed = random.Next(4) == 0 ? Today.PlusDays(-random.Next(2, 25)) : Yesterday;
        var outcomes = new Dictionary<LocalDate, DayOutcome>();
        var date = Today.PlusDays(-length);
        while (date <= lastClosed)
        {
            var (kind, stretch) = random.Next(6) switch
            {
                0 => (0, random.Next(10, 400)),
                1 => (1, random.Next(1, 20)),
                2 => (2, random.Next(3, 30)),
                _ => (3, random.Next(1, 15)),
            };
            for (var i = 0; i < stretch && date <= lastClosed; i++, date = date.PlusDays(1))
            {
                if (!days.Includes(date))
                {
                    continue;
                }
                outcomes[date] = kind switch
                {
                    0 => random.Next(5) == 0 ? DayOutcome.Partial : DayOutcome.Done,
                    1 => DayOutcome.Missed,
                    2 => DayOutcome.Paused,
                    _ => (DayOutcome)random.Next(1, 6),
                };
            }
        }
        var history = outcomes.Select(o => (o.Key, o.Value)).ToList();
        var streak = StreakRules.FromHistory(history);
        var state = Runner(lastClosed, days);
        return (state with
        {
            Habit = state.Habit with
            {
                Streak = streak with { Best = streak.Best + (random.Next(4) == 0 ? random.Next(1, 10) : 0) },
                ConsecutiveMisses = StreakRules.TrailingMisses(history),
            },
        }, outcomes);
    }
}
