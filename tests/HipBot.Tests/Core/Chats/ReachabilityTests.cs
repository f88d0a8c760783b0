using HipBot.Core.Chats;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Chats;

public class ReachabilityTests
{
    [Fact]
    public void A_refused_message_marks_the_chat_blocked_and_stops_its_plans()
    {
        var runner = Runner(lastWrote: TodayAt(6));

        var turn = PrivateChat.Unreachable(runner, queuedAt: TodayAt(7), now: TodayAt(7, 1));

        Assert.NotNull(turn);
        Assert.True(turn.State.Blocked);
        Assert.Null(turn.State.NextPlanAt);
        Assert.Empty(turn.Out);
    }

    [Fact]
    public void A_user_who_wrote_after_the_refused_message_was_queued_is_back_and_stays_reachable()
    {
        var runner = Runner(lastWrote: TodayAt(7, 30));

        Assert.Null(PrivateChat.Unreachable(runner, queuedAt: TodayAt(7), now: TodayAt(7, 31)));
    }

    [Fact]
    public void A_chat_HipBot_never_knew_has_nothing_to_block()
    {
        Assert.Null(PrivateChat.Unreachable(null, queuedAt: TodayAt(7), now: TodayAt(7, 1)));
    }

    [Fact]
    public void Unblocking_starts_the_plans_again_from_the_next_reminder()
    {
        var blocked = PrivateChat.Unreachable(Runner(), TodayAt(7), TodayAt(7, 1))!.State;

        var turn = PrivateChat.MembershipChanged(blocked, blocked: false, now: TodayAt(8));

        Assert.NotNull(turn);
        Assert.False(turn.State.Blocked);
        Assert.Equal(At(Today.PlusDays(1), 7), turn.State.NextPlanAt);
    }
}
