using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Plans;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.CheckIns;

/// <summary>What the export's "how" and "side" columns will say comes from the check-in itself.</summary>
public class CheckInSourceTests
{
    private static SaveCheckIn Saved(Turn turn) => Assert.Single(turn.Effects.OfType<SaveCheckIn>());

    [Fact]
    public void A_typed_check_in_is_recorded_as_text() =>
        Assert.Equal(CheckInSource.Text, Saved(PrivateChat.Handle(Runner(), Text("done"), Context(TodayAt(8)))).Source);

    [Fact]
    public void A_tap_on_the_plan_is_recorded_as_a_button() =>
        Assert.Equal(CheckInSource.Button, Saved(PrivateChat.Handle(Runner(), Press(PlanButton(PlanAction.Done, Today)), Context(TodayAt(8)))).Source);

    [Fact]
    public void A_rest_day_tap_is_a_button_too()
    {
        var save = Saved(PrivateChat.Handle(Runner(), Press(PlanButton(PlanAction.Skip, Today)), Context(TodayAt(8))));

        Assert.True(save.Skipped);
        Assert.Equal(CheckInSource.Button, save.Source);
    }

    [Fact]
    public void A_check_in_for_a_day_that_already_closed_is_a_backfill_however_it_came()
    {
        var context = Context(TodayAt(15)) with { Outcomes = Outcomes((Yesterday, DayOutcome.Missed)) };

        var typed = Saved(PrivateChat.Handle(Runner(), Text("done yesterday"), context));
        var tapped = Saved(PrivateChat.Handle(Runner(), Press(PlanButton(PlanAction.Done, Yesterday)), context));

        Assert.Equal((Yesterday, CheckInSource.Backfill), (typed.Date, typed.Source));
        Assert.Equal((Yesterday, CheckInSource.Backfill), (tapped.Date, tapped.Source));
    }

    [Fact]
    public void Done_yesterday_before_noon_is_no_backfill_because_the_day_is_still_open() =>
        Assert.Equal(CheckInSource.Text, Saved(PrivateChat.Handle(Runner(lastClosed: Today.PlusDays(-2)), Text("done yesterday"), Context(TodayAt(9)))).Source);

    [Fact]
    public void Sides_logged_apart_keep_the_weaker_side_it_counted_for_and_plain_counts_are_for_both()
    {
        var split = Saved(PrivateChat.Handle(Runner(level: 4), Text("clams 2x20 left 3x20 right"), Context(TodayAt(8))));
        var plain = Saved(PrivateChat.Handle(Runner(level: 4), Text("clams 3x20"), Context(TodayAt(8))));

        var clams = Assert.Single(split.Entries);
        Assert.Equal((Exercise.Clamshell, 2, 20, Side.Left), (clams.Exercise, clams.Sets, clams.RepsPerSide, clams.Side));
        Assert.Equal(Side.Both, Assert.Single(plain.Entries).Side);
    }
}
