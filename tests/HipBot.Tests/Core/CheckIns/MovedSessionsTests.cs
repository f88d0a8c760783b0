using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.CheckIns;

/// <summary>Wednesday's session done on Thursday is Wednesday's session (Ana trains Mon/Wed/Fri; today is Wednesday 25 Nov).</summary>
public class MovedSessionsTests
{
    private static readonly LocalDate Monday = Today.PlusDays(-2);
    private static readonly LocalDate Tuesday = Today.PlusDays(-1);
    private static readonly LocalDate Thursday = Today.PlusDays(1);
    private static readonly LocalDate Friday = Today.PlusDays(2);
    private static readonly LocalDate Saturday = Today.PlusDays(3);
    private static readonly LocalDate Sunday = Today.PlusDays(4);

    private static ChatState ThreeDays(LocalDate lastClosed, int streak = 3) => Runner(lastClosed: lastClosed, days: TrainingDays.MonWedFri) with
    {
        Habit = Runner().Habit with { LastClosedDate = lastClosed, Streak = new StreakState(streak, streak) },
    };

    /// <summary>Every plan went out, this week's too.</summary>
    private static ChatContext Planned(ChatContext context) =>
        context with { PlannedDates = Enumerable.Range(-30, 40).Select(Today.PlusDays).ToHashSet() };

    public static TheoryData<string, LocalDate, LocalDate, DayLog[]> Cases() => new()
    {
        // logged for, filed on, what was already logged
        { "a training day keeps its own work", Today, Today, [] },
        { "the day after an open training day", Thursday, Today, [] },
        { "two days after it", Friday.PlusDays(1), Friday, [] },
        { "Friday is a training day itself", Friday, Friday, [] },
        { "a finished session does not take more", Thursday, Thursday, [Full(Today)] },
        { "a partial session is still open", Thursday, Today, [Partial(Today)] },
        { "three days back is too far", Sunday, Sunday, [Full(Friday)] },
        { "the most recent unfinished one, past a finished one", Sunday, Friday, [] },
        { "an unfinished one three days back, past a finished one, is too far", Saturday, Saturday, [Full(Friday)] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Work_on_a_rest_day_counts_for_the_most_recent_unfinished_training_day_within_two_days(string why, LocalDate loggedFor, LocalDate filedOn, DayLog[] logs)
    {
        var state = ThreeDays(lastClosed: loggedFor.PlusDays(-4));

        Assert.True(filedOn == MovedSessions.CountsFor(state, Planned(Context(At(loggedFor, 18), logs)), loggedFor), why);
    }

    [Fact]
    public void A_day_whose_plan_never_went_out_takes_no_moved_work()
    {
        var context = Context(At(Thursday, 18)) with { PlannedDates = new HashSet<LocalDate> { Monday } };

        Assert.Equal(Thursday, MovedSessions.CountsFor(ThreeDays(Tuesday), context, Thursday));
    }

    [Fact]
    public void Done_on_thursday_evening_turns_wednesdays_miss_into_a_session_and_says_so()
    {
        var history = Outcomes((Monday, DayOutcome.Done), (Monday.PlusDays(-3), DayOutcome.Done), (Monday.PlusDays(-5), DayOutcome.Done));
        var turn = PrivateChat.Handle(ThreeDays(lastClosed: Tuesday), Text("done"), Context(At(Thursday, 18)) with { Outcomes = history });

        var save = Assert.Single(turn.Effects.OfType<SaveCheckIn>());
        Assert.Equal(Today, save.Date);
        Assert.Equal(new SaveOutcome(Today, DayOutcome.Done), turn.Effects.OfType<SaveOutcome>().Last());
        Assert.Equal(new StreakState(4, 4), turn.State.Habit.Streak);
        Assert.Equal(0, turn.State.Habit.ConsecutiveMisses);
        Assert.StartsWith("Today is a rest day, so this counts for your session of Wed 25 Nov.", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Done_on_a_rest_day_with_nothing_open_is_an_extra_session_that_changes_no_outcome()
    {
        var turn = PrivateChat.Handle(ThreeDays(lastClosed: Thursday), Text("done"), Planned(Context(At(Saturday, 10), Full(Today), Full(Friday))));

        Assert.Equal(Saturday, Assert.Single(turn.Effects.OfType<SaveCheckIn>()).Date);
        Assert.Empty(turn.Effects.OfType<SaveOutcome>());
        Assert.Equal(new StreakState(3, 3), turn.State.Habit.Streak);
        Assert.StartsWith("Today is a rest day, so this is an extra session", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Part_of_a_session_on_a_rest_day_owes_nothing_more()
    {
        var turn = PrivateChat.Handle(ThreeDays(lastClosed: Thursday), Text("clams 2x10"), Planned(Context(At(Saturday, 10), Full(Today), Full(Friday))));

        Assert.Equal(
            "Today is a rest day, so this is an extra session: a bonus that never counts against you.\nLogged: clamshells 2 × 10 per side.",
            LastText(turn.Out));
    }
}
