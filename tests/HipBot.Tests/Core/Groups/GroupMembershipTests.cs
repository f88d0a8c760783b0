using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class GroupMembershipTests
{
    private static readonly Instant Now = Berlin(Wednesday, 12);

    [Fact]
    public void Added_to_a_group_the_bot_posts_one_card_with_a_button_for_admins()
    {
        var turn = GroupChat.Receive(null, Group, new BotJoined(Admin, "Hip Club", MayPin: true), Context(Now))!;

        Assert.Equal((GroupStatus.AwaitingSetup, true), (turn.Group!.Status, turn.Group.MayPin));
        var card = Assert.IsType<PostMessage>(Assert.Single(turn.Out));
        Assert.Equal(GroupTexts.SetupButton, card.Reply.Buttons![0][0].Text);
    }

    [Fact]
    public void Removed_the_challenge_is_suspended_and_its_admin_told_and_added_back_it_carries_on()
    {
        var removed = GroupChat.Receive(Running(), Group, new BotRemoved(Admin), Context(Now))!;
        var back = GroupChat.Receive(removed.Group, Group, new BotJoined(Admin, "Hip Club", MayPin: false), Context(Now + Duration.FromHours(1)))!;

        Assert.Equal((GroupStatus.Suspended, (Instant?)null), (removed.Group!.Status, removed.Group.NextPostAt));
        Assert.Equal(Admin, Assert.IsType<SendMessage>(Assert.Single(removed.Out)).ChatId);
        Assert.IsType<ForgetQueuedPosts>(Assert.Single(removed.Effects));
        Assert.Equal(GroupStatus.Active, back.Group!.Status);
        Assert.Equal(Now + Duration.FromHours(1), back.Group.NextPostAt);
        Assert.Equal(GroupTexts.Resumed("Hip Club"), Assert.IsType<SendMessage>(Assert.Single(back.Out)).Reply.Text);
    }

    [Fact]
    public void A_member_who_leaves_the_group_leaves_the_board()
    {
        var turn = GroupChat.Receive(Running(), Group, new MemberLeftGroup(1), Context(Now, Runner(1, "Ana", TrainingDays.EveryDay)))!;

        Assert.Equal(new LeaveBoard(1, Now), Assert.Single(turn.Effects));
        Assert.Empty(turn.Out);
        Assert.Null(GroupChat.Receive(Running(), Group, new MemberLeftGroup(2), Context(Now)));
    }

    [Fact]
    public void Migration_moves_the_challenge_and_posts_today_anew_in_the_new_chat()
    {
        const long supergroup = -1009000000001;

        var turn = GroupChat.Receive(Running(), Group, new GroupMigrated(supergroup), Context(Now, Runner(1, "Ana", TrainingDays.EveryDay, joined: Berlin(Wednesday, 6), logs: [Full(Wednesday)])))!;

        Assert.Equal(new MoveGroup(supergroup), Assert.Single(turn.Effects));
        Assert.Equal(supergroup, turn.Group!.GroupId);
        var post = Assert.IsType<PostMessage>(Assert.Single(turn.Out));
        Assert.Equal((supergroup, BoardText.PostKey(Wednesday)), (post.ChatId, post.Key));
        Assert.Contains("Full week: Ana", post.Reply.Text, StringComparison.Ordinal);
        Assert.Null(GroupChat.Receive(null, Group, new GroupMigrated(supergroup), Context(Now)));
    }

    [Fact]
    public void A_moved_group_loads_its_board_to_post_it_anew() =>
        Assert.Equal(GroupNeeds.Board, GroupChat.Needs(new GroupMigrated(-1009)));

    [Fact]
    public void A_closed_topic_sends_the_posts_to_the_General_topic_and_the_admin_is_told()
    {
        var turn = GroupChat.Receive(Running(Club with { ThreadId = 5 }), Group, new TopicUnavailable(), Context(Now))!;

        Assert.Null(turn.Group!.Challenge!.ThreadId);
        Assert.Equal(Admin, Assert.IsType<SendMessage>(Assert.Single(turn.Out)).ChatId);
    }
}
