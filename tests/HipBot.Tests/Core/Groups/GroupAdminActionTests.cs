using HipBot.Core.Buttons;
using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

/// <summary>Every admin action, tried by someone who is not an admin: a polite no, and nothing changes.</summary>
public class GroupAdminActionTests
{
    private static readonly Instant Now = Berlin(Wednesday, 10);
    private static readonly PersonActor Member = new(7, "Mia", ChatRole.Member);
    private static readonly PersonActor Owner = new(Admin, "Olga", ChatRole.Creator);

    private static GroupContext Ctx() => Context(Now, Runner(7, "Mia", TrainingDays.EveryDay)) with { FreshPayload = "setup_fresh" };

    public static TheoryData<Callback> AdminPresses() =>
    [
        new SetupPick(Group, SetupField.Weeks, 8),
        new StartChallenge(Group),
        new RosterView(Group),
        new RosterMember(Group, 7),
        new RosterRemove(Group, 7),
        new RosterCorrect(Group, 7, Wednesday),
        new PauseGroupWeek(Group),
        new EndChallenge(Group, true),
    ];

    [Theory]
    [InlineData("challenge")]
    [InlineData("setup")]
    [InlineData("roster")]
    public void A_member_s_admin_command_is_refused_in_the_group_and_changes_nothing(string command)
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupCommand(Member, command, "", 40, null), Ctx())!;

        Assert.Null(turn.Group);
        Assert.Empty(turn.Effects);
        Assert.Null(turn.Member);
        var reply = Assert.IsType<PostMessage>(Assert.Single(turn.Out));
        Assert.Equal((Group, 40), (reply.ChatId, reply.ReplyToMessageId!.Value));
        Assert.Equal(GroupTexts.OnlyAdmins, reply.Reply.Text);
    }

    [Fact]
    public void A_member_pressing_the_setup_button_gets_a_toast_and_no_link()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupPress(Member, new SetUpChallenge(), "q1", 5, null), Ctx())!;

        var answer = Assert.IsType<AnswerButton>(Assert.Single(turn.Out));
        Assert.Null(answer.Url);
        Assert.Empty(turn.Effects);
        Assert.Null(turn.Group);
    }

    [Theory]
    [MemberData(nameof(AdminPresses))]
    public void A_forged_admin_button_in_a_private_chat_changes_nothing(Callback press)
    {
        var group = Running() with { Draft = Club };

        var turn = GroupChat.Receive(group, Group, new PrivateGroupPress(Member, press, "q1", 9), Ctx())!;

        Assert.Null(turn.Group);
        Assert.Empty(turn.Effects);
        Assert.Null(turn.Member);
        var answer = Assert.IsType<AnswerButton>(Assert.Single(turn.Out));
        Assert.Equal(GroupTexts.OnlyAdminsToast, answer.Toast);
    }

    [Theory]
    [MemberData(nameof(AdminPresses))]
    public void An_admin_button_naming_a_group_HipBot_does_not_know_changes_nothing(Callback press)
    {
        var turn = GroupChat.Receive(null, -1009999, new PrivateGroupPress(Owner with { Role = null }, press, "q1", 9), Ctx())!;

        Assert.Null(turn.Group);
        Assert.Empty(turn.Effects);
        Assert.IsType<AnswerButton>(Assert.Single(turn.Out));
    }

    [Theory]
    [MemberData(nameof(AdminPresses))]
    public void Admin_buttons_pressed_in_the_group_itself_do_nothing(Callback press)
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupPress(Owner, press, "q1", 5, null), Ctx())!;

        Assert.Null(turn.Group);
        Assert.Empty(turn.Effects);
        Assert.Equal(GroupTexts.UnknownGroupButton, Assert.IsType<AnswerButton>(Assert.Single(turn.Out)).Toast);
    }

    [Fact]
    public void Garbage_button_data_in_the_group_changes_nothing()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupPress(Member, null, "q1", 5, null), Ctx())!;

        Assert.Null(turn.Group);
        Assert.Empty(turn.Effects);
    }

    [Fact]
    public void A_setup_link_made_for_another_admin_or_another_group_opens_nothing()
    {
        var other = new SetupLink("setup_other", -1002, Admin, null, Now + SetupLink.Lifetime);
        var context = Ctx() with { Link = other };

        var stolen = GroupChat.Receive(Running() with { GroupId = -1002 }, -1002, new OpenSetupLink(Member, "setup_other"), context)!;
        var unknown = GroupChat.Receive(null, 0, new OpenSetupLink(Member, "setup_guess"), Ctx())!;

        Assert.Null(stolen.Group);
        Assert.Empty(stolen.Effects);
        Assert.Equal(GroupTexts.LinkNotYours, Assert.IsType<SendMessage>(Assert.Single(stolen.Out)).Reply.Text);
        Assert.Equal(GroupTexts.LinkUnknown, Assert.IsType<SendMessage>(Assert.Single(unknown.Out)).Reply.Text);
    }

    [Fact]
    public void An_anonymous_admins_link_still_needs_an_admin_to_open_it()
    {
        var anonymous = new SetupLink("setup_anon", Group, null, null, Now + SetupLink.Lifetime);

        var turn = GroupChat.Receive(Running(), Group, new OpenSetupLink(Member, "setup_anon"), Ctx() with { Link = anonymous })!;

        Assert.Null(turn.Group);
        Assert.Equal(GroupTexts.OnlyAdmins, Assert.IsType<SendMessage>(Assert.Single(turn.Out)).Reply.Text);
    }

    [Fact]
    public void An_anonymous_admin_is_sent_to_a_private_chat_with_a_link_anyone_must_prove_to_use()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupCommand(new AnonymousAdmin(), "challenge", "", 40, 12), Ctx())!;

        var link = Assert.IsType<IssueSetupLink>(Assert.Single(turn.Effects)).Link;
        Assert.Equal((null, 12, "setup_fresh"), (link.AdminUserId, link.ThreadId, link.Payload));
        var reply = Assert.IsType<PostMessage>(Assert.Single(turn.Out));
        Assert.Equal(GroupTexts.AnonymousAdmin, reply.Reply.Text);
        Assert.Equal("https://t.me/HipBot?start=setup_fresh", reply.Reply.Buttons![0][0].Url);
    }
}
