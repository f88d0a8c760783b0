using HipBot.Core.Buttons;
using HipBot.Core.Messages;

namespace HipBot.Core.Groups;

/// <summary>
/// Routes one group input to the feature that owns it. Pure: the group's state (null when HipBot has never been in the
/// group) and its context in, a <see cref="GroupTurn"/> out; null when nothing changes and nothing is said.
/// </summary>
public static class GroupChat
{
    /// <summary>Commands only an admin may use in the group.</summary>
    public static readonly IReadOnlySet<string> AdminCommands = new HashSet<string>(StringComparer.Ordinal) { "challenge", "setup", "roster" };

    /// <summary>Whether the shell must ask Telegram who the actor is (getChatMember) before this input's turn.</summary>
    public static bool NeedsRole(GroupInput input) => input switch
    {
        GroupCommand command => AdminCommands.Contains(command.Name),
        GroupPress { Press: SetUpChallenge } => true,
        OpenSetupLink or PrivateGroupPress => true,
        _ => false,
    };

    /// <summary>What the turn reads beyond the group's row: the board needs every member's week.</summary>
    public static GroupNeeds Needs(GroupInput input) => input switch
    {
        // The roster shows it; a moved group posts it anew.
        PrivateGroupPress or GroupCommand { Name: "roster" } or GroupMigrated => GroupNeeds.Board,
        _ => GroupNeeds.Members,
    };

    public static GroupTurn? Receive(GroupState? stored, long groupId, GroupInput input, GroupContext context)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return input switch
        {
            BotJoined joined => GroupMembership.BotJoined(stored, groupId, joined, context),
            BotRemoved => GroupMembership.BotRemoved(stored, context),
            MemberLeftGroup left => GroupMembership.MemberLeft(stored, left.UserId, context),
            GroupMigrated moved => GroupMembership.Migrated(stored, moved.NewGroupId, context),
            TopicUnavailable => GroupMembership.TopicUnavailable(stored),
            OpenSetupLink open => GroupSetup.Open(stored, open, context),
            PrivateGroupPress press => PrivatePress(stored, press, context),
            _ when stored is null => Unknown(groupId, input),
            GroupCommand command => Command(stored, command, context),
            ReplyToBot { Actor: PersonActor person } reply => GroupCheckIns.Text(stored, person, reply.Text, reply.MessageId, context),
            GroupPress press => Press(stored, press, context),
            _ => null,
        };
    }

    /// <summary>A group HipBot has no row for (added before groups were kept): it answers, and keeps nothing until it is added properly.</summary>
    private static GroupTurn? Unknown(long groupId, GroupInput input) => input switch
    {
        GroupPress press => GroupTurn.Say(null, new AnswerButton(groupId, press.CallbackQueryId, GroupTexts.NoChallenge)),
        _ => null,
    };

    private static GroupTurn? Command(GroupState group, GroupCommand command, GroupContext context)
    {
        var bot = context.BotUsername;
        if (AdminCommands.Contains(command.Name))
        {
            switch (GroupAuthorization.Decide(command.Actor))
            {
                case AdminDecision.Refused:
                    return GroupTurn.Say(null, Reply(group, command.MessageId, GroupTexts.OnlyAdmins));
                case AdminDecision.ProveInPrivate:
                    return command.Name == "roster"
                        ? GroupTurn.Say(null, Reply(group, command.MessageId, GroupTexts.AnonymousAdmin, Button.Link("Open a private chat", $"https://t.me/{bot}")))
                        : GroupSetup.Ask(group, command.Actor, command.ThreadId, context,
                            link => Reply(group, command.MessageId, GroupTexts.AnonymousAdmin, Button.Link("Continue in private", SetupLink.Url(bot, link.Payload))));
            }
            var admin = (PersonActor)command.Actor;
            return command.Name == "roster"
                ? GroupRoster.Send(group, admin.UserId, context)
                : GroupSetup.Ask(group, admin, command.ThreadId, context,
                    link => Reply(group, command.MessageId, GroupTexts.SetupInPrivate, Button.Link("Set up in private", SetupLink.Url(bot, link.Payload))));
        }
        if (command.Actor is not PersonActor person)
        {
            // An anonymous admin is the group, not a runner: there is nobody to log a session for.
            return command.Name is "done" or "join" or "leave" ? GroupTurn.Say(null, new ReactToMessage(group.GroupId, command.MessageId, "🤷")) : null;
        }
        return command.Name switch
        {
            "done" => GroupCheckIns.Text(group, person, command.Arguments, command.MessageId, context),
            "join" when group.IsRunning => GroupCheckIns.Join(group, person, null, command.MessageId, context),
            "join" => GroupTurn.Say(null, Reply(group, command.MessageId, GroupTexts.NoChallenge)),
            "leave" => GroupCheckIns.Leave(group, person, command.MessageId, context),
            "help" or "start" => GroupTurn.Say(null, Reply(group, command.MessageId, GroupTexts.Help(bot))),
            _ => GroupTurn.Say(null, Reply(group, command.MessageId, GroupTexts.UnknownCommand(bot))),
        };
    }

    private static GroupTurn? Press(GroupState group, GroupPress press, GroupContext context)
    {
        var query = press.CallbackQueryId;
        if (press.Actor is not PersonActor person)
        {
            return GroupTurn.Say(null, new AnswerButton(group.GroupId, query));
        }
        switch (press.Press)
        {
            case DoneToday:
                return GroupCheckIns.Button(group, person, query, press.MessageId, context);
            case JoinChallenge when group.IsRunning:
                return GroupCheckIns.Join(group, person, query, press.MessageId, context);
            case JoinChallenge:
                return GroupTurn.Say(null, new AnswerButton(group.GroupId, query, GroupTexts.NoChallenge));
            case SetUpChallenge when GroupAuthorization.Decide(person) == AdminDecision.Allowed:
                return GroupSetup.Ask(group, person, press.ThreadId, context,
                    link => new AnswerButton(group.GroupId, query) { Url = SetupLink.Url(context.BotUsername, link.Payload) });
            case SetUpChallenge:
                return GroupTurn.Say(null, new AnswerButton(group.GroupId, query, GroupTexts.OnlyAdminsToast));
            default:
                // Admin buttons belong in private chats; here, and for forged data, nothing changes.
                return GroupTurn.Say(null, new AnswerButton(group.GroupId, query, GroupTexts.UnknownGroupButton));
        }
    }

    private static GroupTurn PrivatePress(GroupState? group, PrivateGroupPress press, GroupContext context)
    {
        var admin = press.Actor;
        if (group is null || !GroupAuthorization.IsAdmin(admin.Role))
        {
            // Not an admin of the group the data names (or no such group): a forged or stale press changes nothing.
            return GroupTurn.Say(null, new AnswerButton(admin.UserId, press.CallbackQueryId, GroupTexts.OnlyAdminsToast));
        }
        return press.Press switch
        {
            SetupPick pick => GroupSetup.Pick(group, pick, admin, press.CallbackQueryId, context),
            StartChallenge => GroupSetup.Start(group, admin, press.CallbackQueryId, context),
            _ => GroupRoster.Press(group, press, context),
        };
    }

    /// <summary>An answer to a member's command, as a reply to it (so in its topic), quiet like every group message.</summary>
    private static PostMessage Reply(GroupState group, int messageId, string text, params Button[] buttons) =>
        new(group.GroupId, buttons.Length == 0 ? new Messages.Reply(text) : Messages.Reply.WithButtons(text, buttons),
            "greply:" + messageId.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            ReplyToMessageId = messageId,
        };
}
