using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class GroupRosterTests
{
    private static readonly Instant Now = Berlin(Wednesday, 20);
    private static readonly PersonActor Owner = new(Admin, "Olga", ChatRole.Creator);

    private static readonly MemberRecord Ana = Runner(1, "Ana", TrainingDays.EveryDay, logs: [Full(Monday), Full(Wednesday)]);
    private static readonly MemberRecord Fay = Newcomer(6, "Fay");

    private static GroupTurn Press(Callback press, GroupContext? context = null) =>
        GroupChat.Receive(Running(), Group, new PrivateGroupPress(Owner, press, "q1", 3), context ?? Context(Now, Ana, Fay))!;

    [Fact]
    public void The_roster_lists_each_member_privately_with_join_date_setup_week_and_last_check_in()
    {
        var turn = GroupRoster.Request(Running(), Owner, Context(Now, Ana, Fay));

        var roster = Assert.IsType<SendMessage>(Assert.Single(turn.Out));
        Assert.Equal(Admin, roster.ChatId);
        Assert.Contains("Ana: joined Mon 23 Nov, 2/3 this week (67 %), last check-in Wed 25 Nov", roster.Reply.Text, StringComparison.Ordinal);
        Assert.Contains("Fay: joined Mon 23 Nov, setup not finished", roster.Reply.Text, StringComparison.Ordinal);
        Assert.Contains(roster.Reply.Buttons!.SelectMany(r => r), b => CallbackData.TryDecode(b.Data) is RosterMember { UserId: 1 });
        Assert.Contains(roster.Reply.Buttons!.SelectMany(r => r), b => CallbackData.TryDecode(b.Data) is PauseGroupWeek);
    }

    [Fact]
    public void Someone_no_longer_an_admin_gets_no_roster()
    {
        var turn = GroupRoster.Request(Running(), Owner with { Role = ChatRole.Member }, Context(Now, Ana));

        Assert.Equal(GroupTexts.NoLongerAdmin("Hip Club"), Assert.IsType<SendMessage>(Assert.Single(turn.Out)).Reply.Text);
    }

    [Fact]
    public void Removing_a_member_takes_them_off_the_board_and_tells_them()
    {
        var turn = Press(new RosterRemove(Group, 1));

        Assert.Equal(new LeaveBoard(1, Now), Assert.Single(turn.Effects));
        Assert.Contains(turn.Out, o => o is SendMessage { ChatId: 1 } told && told.Reply.Text == GroupTexts.RemovedByAdmin("Hip Club"));
        Assert.NotNull(turn.Group!.RefreshAt);
    }

    [Fact]
    public void Correcting_a_day_logs_the_members_own_prescription_and_tells_them()
    {
        var tuesday = Wednesday.PlusDays(-1);
        var context = Context(Now, Ana) with { Member = (Ana.State, new ChatContext(Now, Ana.Logs)) };

        var turn = Press(new RosterCorrect(Group, 1, tuesday), context);

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Member!.Effects, e => e is SaveCheckIn));
        Assert.Equal((tuesday, 3), (save.Date, save.Entries.Count));
        Assert.Equal(GroupTexts.Corrected("Hip Club", tuesday), Assert.IsType<SendMessage>(Assert.Single(turn.Member.Out)).Reply.Text);
        Assert.NotNull(turn.Group!.RefreshAt);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(1)]
    public void Only_today_or_yesterday_can_be_corrected_whatever_the_data_says(int days)
    {
        var context = Context(Now, Ana) with { Member = (Ana.State, new ChatContext(Now, Ana.Logs)) };

        var turn = Press(new RosterCorrect(Group, 1, Wednesday.PlusDays(days)), context);

        Assert.Null(turn.Member);
        Assert.Null(turn.Group);
    }

    [Fact]
    public void Pausing_the_group_skips_a_week_of_posts_and_says_so_in_the_group()
    {
        var turn = Press(new PauseGroupWeek(Group));

        Assert.Equal(Wednesday.PlusDays(7), turn.Group!.PausedUntil);
        Assert.Contains(turn.Out, o => o is PostMessage { ChatId: Group });
    }

    [Fact]
    public void Ending_asks_first_then_ends_the_challenge_and_finalizes_todays_post()
    {
        var asked = Press(new EndChallenge(Group, false));
        var ended = Press(new EndChallenge(Group, true));

        Assert.Null(asked.Group);
        Assert.Contains(asked.Out, o => o is EditMessage { ChatId: Admin } edit && edit.Reply.Text.StartsWith("End Hip Club", StringComparison.Ordinal));
        Assert.Equal(GroupStatus.Ended, ended.Group!.Status);
        Assert.Null(ended.Group.NextPostAt);
        Assert.Contains(ended.Out, o => o is EditMessage { ChatId: Group, Reply.Buttons: null } edit && edit.TargetKey == BoardText.PostKey(Wednesday));
    }
}
