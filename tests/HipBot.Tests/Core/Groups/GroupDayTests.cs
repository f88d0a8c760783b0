using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class GroupDayTests
{
    private static readonly LocalDate Thursday = Wednesday.PlusDays(1);

    [Fact]
    public void At_the_post_time_todays_post_goes_out_quietly_in_its_topic_and_yesterdays_is_finalized_without_buttons()
    {
        var inTopic = Running(Club with { ThreadId = 77 });
        var ana = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(Monday.PlusDays(1)), Full(Wednesday)]);

        var turn = GroupDay.Run(inTopic, Context(Berlin(Thursday, 7), ana))!;

        var final = Assert.IsType<EditMessage>(turn.Out[0]);
        Assert.Equal(BoardText.PostKey(Wednesday), final.TargetKey);
        Assert.Null(final.Reply.Buttons);
        Assert.Contains("(final)", final.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("Full week: Ana", final.Reply.Text, StringComparison.Ordinal);
        var post = Assert.IsType<PostMessage>(turn.Out[1]);
        Assert.Equal((Group, 77, BoardText.PostKey(Thursday)), (post.ChatId, post.ThreadId, post.Key));
        Assert.Contains("day 4 of 28", post.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, post.Reply.Buttons![0].Count);
        Assert.Equal((Thursday, Berlin(Thursday.PlusDays(1), 7)), (turn.Group!.PostedOn, turn.Group.NextPostAt));
        Assert.Equal(post.Reply.Text, turn.Group.ShownBoard);
    }

    [Fact]
    public void Nothing_is_due_between_posts_until_a_check_in_changes_the_board()
    {
        Assert.Null(GroupDay.Run(Running(), Context(Berlin(Wednesday, 12))));
    }

    [Fact]
    public void A_changed_board_edits_the_post_in_place_and_an_unchanged_one_sends_nothing()
    {
        var ana = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Wednesday)]);
        var posted = BoardText.Post(Club, Wednesday, FairBoard.Compute(Club, [], Berlin(Wednesday, 7)));
        var group = Running() with { ShownBoard = posted, RefreshAt = Berlin(Wednesday, 9) };

        var edited = GroupDay.Run(group, Context(Berlin(Wednesday, 9), ana))!;
        var unchanged = GroupDay.Run(edited.Group! with { RefreshAt = Berlin(Wednesday, 9, 2) }, Context(Berlin(Wednesday, 9, 2), ana))!;

        var edit = Assert.IsType<EditMessage>(Assert.Single(edited.Out));
        Assert.Equal(BoardText.PostKey(Wednesday), edit.TargetKey);
        Assert.NotNull(edit.Reply.Buttons);
        Assert.Equal((Berlin(Wednesday, 9), (Instant?)null), (edited.Group!.LastPostChangeAt!.Value, edited.Group.RefreshAt));
        Assert.Empty(unchanged.Out);
        Assert.Null(unchanged.Group!.RefreshAt);
    }

    [Fact]
    public void A_refresh_not_yet_due_waits()
    {
        var group = Running() with { RefreshAt = Berlin(Wednesday, 9, 1) };

        Assert.Null(GroupDay.Run(group, Context(Berlin(Wednesday, 9, 0))));
    }

    [Theory]
    [InlineData(true, 3)]
    [InlineData(false, 2)]
    public void On_Monday_last_weeks_recap_comes_before_the_post_and_is_pinned_when_the_bot_may_pin(bool mayPin, int recapAndPost)
    {
        var nextMonday = Monday.PlusDays(7);
        var ana = Runner(1, "Ana", TrainingDays.MonWedFri, logs: [Full(Monday), Full(Wednesday), Full(Wednesday.PlusDays(2))]);
        var group = Running() with { PostedOn = nextMonday.PlusDays(-1), NextPostAt = Berlin(nextMonday, 7), MayPin = mayPin };

        var turn = GroupDay.Run(group, Context(Berlin(nextMonday, 7), ana))!;

        var messages = turn.Out.Skip(1).ToList();
        Assert.Equal(recapAndPost, messages.Count);
        var recap = Assert.IsType<PostMessage>(messages[0]);
        Assert.Contains("How the week ended", recap.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("Full week: Ana", recap.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("3 sessions", recap.Reply.Text, StringComparison.Ordinal);
        Assert.Equal(mayPin, messages.OfType<PinMessage>().Any(p => p.TargetKey == recap.Key));
        Assert.Contains("0 sessions this week", Assert.IsType<PostMessage>(messages[^1]).Reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paused_group_gets_no_post_until_its_pause_ends()
    {
        var group = Running() with { NextPostAt = Berlin(Thursday, 7), PausedUntil = Thursday.PlusDays(2) };

        var turn = GroupDay.Run(group, Context(Berlin(Thursday, 7)))!;

        Assert.DoesNotContain(turn.Out, o => o is PostMessage);
        Assert.Equal(Berlin(Thursday.PlusDays(1), 7), turn.Group!.NextPostAt);
        Assert.Null(turn.Group.PostedOn);
    }

    [Fact]
    public void The_day_after_the_last_one_the_challenge_closes_with_the_clubs_total()
    {
        var end = Club.EndsOn;
        var ana = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(end.PlusDays(-1)), Full(end)]);
        var group = Running() with { PostedOn = end, NextPostAt = Berlin(end.PlusDays(1), 7) };

        var turn = GroupDay.Run(group, Context(Berlin(end.PlusDays(1), 7), ana))!;

        Assert.Contains("is over: 2 sessions", Assert.IsType<PostMessage>(turn.Out[^1]).Reply.Text, StringComparison.Ordinal);
        Assert.Equal((GroupStatus.Ended, (Instant?)null), (turn.Group!.Status, turn.Group.NextPostAt));
    }

    [Fact]
    public void A_suspended_or_unset_group_posts_nothing()
    {
        Assert.Null(GroupDay.Run(Running() with { Status = GroupStatus.Suspended }, Context(Berlin(Thursday, 7))));
        Assert.Null(GroupDay.Run(GroupState.New(Group, "New"), Context(Berlin(Thursday, 7))));
    }
}
