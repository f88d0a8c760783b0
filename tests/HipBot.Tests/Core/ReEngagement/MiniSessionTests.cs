using HipBot.Core.Chats;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.ReEngagement;

/// <summary>The 5-minute version: one set per side of each exercise, and it counts.</summary>
public class MiniSessionTests
{
    [Fact]
    public void Done_after_the_five_minute_version_logs_one_set_per_side_and_says_it_counts()
    {
        var offered = PrivateChat.Handle(Runner(level: 3), Press("mini:start"), Context(TodayAt(8)));

        var turn = PrivateChat.Handle(offered.State, Text("done"), Context(TodayAt(8, 10)));

        var save = Assert.Single(turn.Effects.OfType<SaveCheckIn>());
        Assert.All(save.Entries, e => Assert.Equal((1, 20, false), (e.Sets, e.RepsPerSide, e.IsFull)));
        var reply = LastText(turn.Out);
        Assert.StartsWith("Logged the 5-minute version: clamshells 1 × 20 per side", reply, StringComparison.Ordinal);
        Assert.Contains("It counts as a partial session", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("Left today", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Pain_beside_done_after_the_five_minute_version_logs_it_and_adds_the_word_of_care()
    {
        var offered = PrivateChat.Handle(Runner(level: 3), Press("mini:start"), Context(TodayAt(8)));

        var turn = PrivateChat.Handle(offered.State, Text("done, but my knee hurts"), Context(TodayAt(8, 10)));

        var save = Assert.Single(turn.Effects.OfType<SaveCheckIn>());
        Assert.All(save.Entries, e => Assert.Equal(1, e.Sets));
        Assert.Contains(HipBot.Core.Care.CareReplies.PainBesideWork, Texts(turn.Out));
    }

    [Fact]
    public void The_mini_sessions_own_button_says_the_same()
    {
        var turn = PrivateChat.Handle(Runner(level: 3), Press("mini:done:" + HipBot.Core.Chats.IsoDate.Format(Today)), Context(TodayAt(8)));

        Assert.StartsWith("Logged the 5-minute version", Toast(turn.Out), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_done_after_the_mini_session_fills_the_rest_of_the_plan()
    {
        var offered = PrivateChat.Handle(Runner(level: 3), Press("mini:start"), Context(TodayAt(8)));
        var mini = PrivateChat.Handle(offered.State, Text("done"), Context(TodayAt(8, 10)));
        var miniDay = Mini(Today);

        var turn = PrivateChat.Handle(mini.State, Text("done"), Context(TodayAt(9), miniDay));

        Assert.All(Assert.Single(turn.Effects.OfType<SaveCheckIn>()).Entries, e => Assert.True(e.IsFull));
    }

    [Fact]
    public void Sore_or_hurt_on_the_first_level_offers_the_short_version_never_a_lower_level()
    {
        var turn = PrivateChat.Handle(Runner(level: 1), Press("why:sore"), Context(TodayAt(8)));

        Assert.Equal(["pause:7", "mini:start"], ButtonData(turn.Out));
    }

    [Fact]
    public void Sore_or_hurt_above_the_first_level_offers_a_lower_one()
    {
        var turn = PrivateChat.Handle(Runner(level: 2), Press("why:sore"), Context(TodayAt(8)));

        Assert.Equal(["pause:7", "lower:yes"], ButtonData(turn.Out));
    }

    private static HipBot.Core.CheckIns.DayLog Mini(NodaTime.LocalDate date) =>
        HipBot.Core.CheckIns.CheckInRecorder.Record(
            new HipBot.Core.CheckIns.ParsedCheckIn.Logged([.. HipBot.Core.Training.ProgramLadder.Prescribe(3).Items
                .Select(p => HipBot.Core.CheckIns.CheckInEntry.Counted(p.Exercise, 1, p.RepsPerSide))]),
            HipBot.Core.Training.ProgramLadder.Prescribe(3),
            HipBot.Core.CheckIns.DayLog.Empty(date)).Day;
}
