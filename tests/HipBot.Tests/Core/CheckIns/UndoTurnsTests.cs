using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.CheckIns;

/// <summary>/undo reaches only the days still open; a closed day is corrected only after HipBot says what will change.</summary>
public class UndoTurnsTests
{
    private static readonly NodaTime.LocalDate TwoDaysAgo = Today.PlusDays(-2);

    private static Turn Handle(ChatState state, Input input, ChatContext context) => PrivateChat.Handle(state, input, context);

    /// <summary>A full session two days ago (closed as done), at level 1, logged as the latest check-in; the runner is on level 4 now.</summary>
    private static (ChatState State, ChatContext Context) ClosedFullDay()
    {
        var date = TwoDaysAgo;
        var full = Full(date);
        var state = Runner(level: 4) with
        {
            Habit = Runner().Habit with { Streak = new StreakState(3, 3) },
        };
        var context = Context(TodayAt(8), full) with
        {
            Latest = new LatestCheckIn(Batch: 41, Removed: full, DayWithout: DayLog.Empty(date)),
            Outcomes = Outcomes((date.PlusDays(-1), DayOutcome.Done), (date, DayOutcome.Done), (Yesterday, DayOutcome.Done)),
            PlanLevels = new Dictionary<NodaTime.LocalDate, int> { [date] = 1 },
        };
        return (state, context);
    }

    [Fact]
    public void Undo_of_a_check_in_on_a_closed_day_asks_first_and_says_what_will_change()
    {
        var (state, context) = ClosedFullDay();

        var turn = Handle(state, Command("undo"), context);

        Assert.Empty(turn.Effects);
        var question = LastText(turn.Out);
        Assert.StartsWith("Your last check-in was for Mon 23 Nov, a day that has closed.", question, StringComparison.Ordinal);
        Assert.Contains("Mon 23 Nov goes from done to missed", question, StringComparison.Ordinal);
        Assert.Contains("your streak goes from 3 to 1", question, StringComparison.Ordinal);
        // That day's plan was level 1 (2 × 10), not today's level 4 (3 × 20).
        Assert.Contains("clamshells 2 × 10", question, StringComparison.Ordinal);
        Assert.DoesNotContain("3 × 20", question, StringComparison.Ordinal);
        Assert.Contains(CallbackData.Encode(new ConfirmUndo(41)), ButtonData(turn.Out));
    }

    [Fact]
    public void Confirming_undoes_it_and_the_question_loses_its_buttons()
    {
        var (state, context) = ClosedFullDay();

        var turn = Handle(state, Press(CallbackData.Encode(new ConfirmUndo(41))), context);

        Assert.Contains(new RemoveCheckIn(TwoDaysAgo, 41), turn.Effects);
        Assert.Contains(turn.Effects, e => e is SaveOutcome { Outcome: DayOutcome.Missed });
        var edit = Assert.Single(turn.Out.OfType<EditMessage>(), e => e.TargetKey is null);
        Assert.Null(edit.Reply.Buttons);
        Assert.StartsWith("Undone: clamshells 2 × 10", LastText(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void Keeping_it_changes_nothing_and_says_so_in_place_of_the_question()
    {
        var (state, context) = ClosedFullDay();

        var turn = Handle(state, Press(CallbackData.Encode(new KeepCheckIn())), context);

        Assert.Empty(turn.Effects);
        var edit = Assert.Single(turn.Out.OfType<EditMessage>());
        Assert.Equal("Kept: nothing was undone.", edit.Reply.Text);
        Assert.Null(edit.Reply.Buttons);
    }

    [Fact]
    public void A_confirmation_about_an_older_check_in_undoes_nothing()
    {
        var (state, context) = ClosedFullDay();

        var turn = Handle(state, Press(CallbackData.Encode(new ConfirmUndo(40))), context);

        Assert.Empty(turn.Effects);
        Assert.StartsWith("That check-in isn't the one", Assert.Single(turn.Out.OfType<EditMessage>()).Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undo_of_an_open_day_goes_at_once()
    {
        var clams = Partial(Today);
        var context = Context(TodayAt(8), clams) with { Latest = new LatestCheckIn(7, clams, DayLog.Empty(Today)) };

        var turn = Handle(Runner(), Command("undo"), context);

        Assert.Equal(new RemoveCheckIn(Today, 7), Assert.Single(turn.Effects));
    }
}
