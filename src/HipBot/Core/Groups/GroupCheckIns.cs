using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Training;

namespace HipBot.Core.Groups;

/// <summary>
/// Checking in from the group, which works under privacy mode: [✅ Done today], a reply to the bot's post, or
/// /done@BotName. Each is the member's own private turn (their prescription, their local day, the same parser and
/// records as a private chat), acknowledged without noise: the button's toast or a reaction, never a new group message.
/// What the parser cannot read is answered in the member's private chat.
/// </summary>
public static class GroupCheckIns
{
    public const string Acknowledgement = "👍";

    /// <summary>The private input that stands for a group check-in.</summary>
    private abstract record Source;

    private sealed record FromButton(string CallbackQueryId, int MessageId) : Source;

    private sealed record FromText(string Text, int MessageId) : Source;

    public static GroupTurn Button(GroupState group, PersonActor actor, string queryId, int messageId, GroupContext context) =>
        CheckIn(group, actor, new FromButton(queryId, messageId), context);

    public static GroupTurn Text(GroupState group, PersonActor actor, string text, int messageId, GroupContext context) =>
        CheckIn(group, actor, new FromText(string.IsNullOrWhiteSpace(text) ? "done" : text, messageId), context);

    /// <summary>[➕ Join] or /join@BotName: on the board from now; someone HipBot does not know yet is sent to set up privately.</summary>
    public static GroupTurn Join(GroupState group, PersonActor actor, string? queryId, int messageId, GroupContext context)
    {
        var onBoard = context.MemberOf(actor.UserId) is { OnBoard: true };
        var effects = onBoard ? [] : new GroupEffect[] { new JoinBoard(actor.UserId, actor.FirstName, context.Now) };
        var setUp = IsSetUp(context.Member?.State);
        Outgoing answer = queryId is not null
            ? setUp
                ? new AnswerButton(group.GroupId, queryId, onBoard ? GroupTexts.AlreadyOnBoard : GroupTexts.Joined(actor.FirstName))
                : new AnswerButton(group.GroupId, queryId, GroupTexts.SetUpFirstToast) { Url = SetupLink.Url(context.BotUsername, "join") }
            : setUp
                ? new ReactToMessage(group.GroupId, messageId, Acknowledgement)
                : SetUpFirstReply(group, messageId, context);
        var next = onBoard ? group : group with { RefreshAt = PostSchedule.RefreshAt(group, context.Now) };
        return new GroupTurn(next, [answer]) { Effects = effects };
    }

    /// <summary>/leave@BotName: off the board; their private record and streak are untouched.</summary>
    public static GroupTurn Leave(GroupState group, PersonActor actor, int messageId, GroupContext context) =>
        context.MemberOf(actor.UserId) is { OnBoard: true }
            ? new GroupTurn(group with { RefreshAt = PostSchedule.RefreshAt(group, context.Now) }, [new ReactToMessage(group.GroupId, messageId, "👌")])
            {
                Effects = [new LeaveBoard(actor.UserId, context.Now)],
            }
            : GroupTurn.Say(null, new ReactToMessage(group.GroupId, messageId, "👌"));

    private static GroupTurn CheckIn(GroupState group, PersonActor actor, Source source, GroupContext context)
    {
        if (!group.IsRunning)
        {
            return GroupTurn.Say(null, source is FromButton button
                ? new AnswerButton(group.GroupId, button.CallbackQueryId, GroupTexts.NoChallenge)
                : new ReactToMessage(group.GroupId, ((FromText)source).MessageId, "🤷"));
        }
        var joining = context.MemberOf(actor.UserId) is { OnBoard: true } ? [] : new GroupEffect[] { new JoinBoard(actor.UserId, actor.FirstName, context.Now) };
        if (context.Member is not ({ } state, var memberContext) || !IsSetUp(state))
        {
            Outgoing setUp = source is FromButton press
                ? new AnswerButton(group.GroupId, press.CallbackQueryId, GroupTexts.SetUpFirstToast) { Url = SetupLink.Url(context.BotUsername, "join") }
                : SetUpFirstReply(group, ((FromText)source).MessageId, context);
            return new GroupTurn(group, [setUp]) { Effects = joining };
        }
        if (state.Conversation.Asking != Question.None)
        {
            Outgoing wait = source is FromButton pending
                ? new AnswerButton(group.GroupId, pending.CallbackQueryId, GroupTexts.FinishQuestionFirst)
                : new SendMessage(state.ChatId, new Reply(GroupTexts.FinishQuestionFirst));
            return new GroupTurn(group, [wait]) { Effects = joining };
        }
        var today = memberContext.For(state).Day!.Today;
        Input input = source switch
        {
            FromButton press => new ButtonInput(CallbackData.Encode(new PlanPress(PlanAction.Done, today)), press.MessageId, press.CallbackQueryId),
            FromText text => new TextInput(text.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };
        // Exactly what the member would get writing privately: same parser, records, streak and plan message.
        var member = PrivateChat.Handle(state, input, memberContext);
        var logged = member.Effects.Any(e => e is SaveCheckIn);
        var outgoing = new List<Outgoing>();
        if (logged && source is FromText said)
        {
            outgoing.Add(new ReactToMessage(group.GroupId, said.MessageId, Acknowledgement));
        }
        var next = logged ? group with { RefreshAt = PostSchedule.RefreshAt(group, context.Now) } : group;
        return new GroupTurn(next, outgoing) { Member = member, Effects = joining };
    }

    private static bool IsSetUp(ChatState? state) => state is { Status: not ChatStatus.Onboarding, Settings.IsComplete: true };

    private static PostMessage SetUpFirstReply(GroupState group, int messageId, GroupContext context) =>
        new(group.GroupId, Reply.WithButtons(GroupTexts.SetUpFirst, [Messages.Button.Link("Set me up", SetupLink.Url(context.BotUsername, "join"))]),
            "gsetupfirst:" + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            ReplyToMessageId = messageId,
        };
}
