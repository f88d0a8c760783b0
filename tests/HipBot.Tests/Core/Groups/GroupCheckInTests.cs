using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Groups;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Training;
using HipBot.Tests.Support;
using NodaTime;
using static HipBot.Tests.Support.GroupWorld;

namespace HipBot.Tests.Core.Groups;

public class GroupCheckInTests
{
    // 23:30 Wednesday in Berlin: already Thursday for a member in Tokyo.
    private static readonly Instant LateEvening = Berlin(Wednesday, 23, 30);
    private static readonly PersonActor Kenji = new(9, "Kenji", null);

    private static (ChatState, ChatContext) Private(string zone = "Asia/Tokyo", int level = 2) =>
        (ChatState.New(9, "Kenji") with
        {
            Status = ChatStatus.Active,
            Level = level,
            Settings = new Settings(zone, new LocalTime(7, 0), TrainingDays.EveryDay, false),
            Habit = HipBot.Core.Streaks.HabitRecord.New with { LastClosedDate = Wednesday.PlusDays(-1), LastUserInputAt = LateEvening },
        }, new ChatContext(LateEvening, Logbook.Empty));

    private static GroupContext OnBoard((ChatState, ChatContext) member) =>
        Context(LateEvening, new MemberRecord(new GroupMember(9, "Kenji", Berlin(Monday, 0)), member.Item1, Logbook.Empty)) with { Member = member };

    [Fact]
    public void Done_today_logs_the_members_own_prescription_for_their_own_local_day_with_a_toast_and_no_group_message()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupPress(Kenji, new DoneToday(), "q1", 5, null), OnBoard(Private()))!;

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Member!.Effects, e => e is SaveCheckIn));
        Assert.Equal(Wednesday.PlusDays(1), save.Date);
        Assert.All(save.Entries, e => Assert.Equal((2, 15), (e.Sets, e.RepsPerSide)));
        Assert.Contains(turn.Member.Out, o => o is AnswerButton { CallbackQueryId: "q1" });
        Assert.DoesNotContain(turn.Out.Concat(turn.Member.Out), o => o.ChatId == Group && o is not AnswerButton);
        Assert.Equal(LateEvening, turn.Group!.RefreshAt);
    }

    [Fact]
    public void A_reply_is_read_by_the_private_parser_and_acknowledged_with_a_reaction()
    {
        var turn = GroupChat.Receive(Running(), Group, new ReplyToBot(Kenji, "clams 2x15, squats done", 61), OnBoard(Private()))!;

        var save = Assert.IsType<SaveCheckIn>(Assert.Single(turn.Member!.Effects, e => e is SaveCheckIn));
        Assert.Equal([Exercise.Clamshell, Exercise.TravelingSideSquat], save.Entries.Select(e => e.Exercise));
        Assert.Equal(new ReactToMessage(Group, 61, GroupCheckIns.Acknowledgement), Assert.Single(turn.Out));
    }

    [Fact]
    public void Done_with_a_count_as_a_command_is_the_same_check_in()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupCommand(Kenji, "done", "3x20", 62, null), OnBoard(Private()))!;

        Assert.Contains(turn.Member!.Effects, e => e is SaveCheckIn);
        Assert.IsType<ReactToMessage>(Assert.Single(turn.Out));
    }

    [Fact]
    public void What_the_parser_cannot_read_is_answered_privately_and_nothing_is_said_in_the_group()
    {
        var turn = GroupChat.Receive(Running(), Group, new ReplyToBot(Kenji, "what a lovely morning for it", 63), OnBoard(Private()))!;

        Assert.DoesNotContain(turn.Member!.Effects, e => e is SaveCheckIn);
        Assert.Empty(turn.Out);
        Assert.All(turn.Member.Out, o => Assert.Equal(9, o.ChatId));
        Assert.NotEmpty(turn.Member.Out);
        Assert.Null(turn.Group!.RefreshAt);
    }

    [Fact]
    public void Someone_not_yet_set_up_is_put_on_the_board_and_sent_to_their_private_chat()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupPress(Kenji, new DoneToday(), "q1", 5, null), Context(LateEvening) with { Member = (null, ChatContext.At(LateEvening)) })!;

        Assert.Null(turn.Member);
        var answer = Assert.IsType<AnswerButton>(Assert.Single(turn.Out));
        Assert.Equal("https://t.me/HipBot?start=join", answer.Url);
        Assert.Equal(new JoinBoard(9, "Kenji", LateEvening), Assert.Single(turn.Effects));
    }

    [Fact]
    public void Join_puts_a_member_on_the_board_once()
    {
        var first = GroupChat.Receive(Running(), Group, new GroupPress(Kenji, new JoinChallenge(), "q1", 5, null), Context(LateEvening) with { Member = Private() })!;
        var again = GroupChat.Receive(Running(), Group, new GroupPress(Kenji, new JoinChallenge(), "q2", 5, null), OnBoard(Private()))!;

        Assert.IsType<JoinBoard>(Assert.Single(first.Effects));
        Assert.Empty(again.Effects);
        Assert.Equal(GroupTexts.AlreadyOnBoard, Assert.IsType<AnswerButton>(Assert.Single(again.Out)).Toast);
    }

    [Fact]
    public void Leave_takes_a_member_off_the_board_quietly()
    {
        var turn = GroupChat.Receive(Running(), Group, new GroupCommand(Kenji, "leave", "", 64, null), OnBoard(Private()))!;

        Assert.Equal(new LeaveBoard(9, LateEvening), Assert.Single(turn.Effects));
        Assert.IsType<ReactToMessage>(Assert.Single(turn.Out));
        Assert.Null(turn.Member);
    }

    [Fact]
    public void With_no_challenge_running_a_press_only_says_so()
    {
        var turn = GroupChat.Receive(Running() with { Status = GroupStatus.Ended }, Group, new GroupPress(Kenji, new DoneToday(), "q1", 5, null), OnBoard(Private()))!;

        Assert.Null(turn.Member);
        Assert.Empty(turn.Effects);
        Assert.Equal(GroupTexts.NoChallenge, Assert.IsType<AnswerButton>(Assert.Single(turn.Out)).Toast);
    }
}
