using System.Security.Cryptography;
using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.Groups;
using HipBot.Shell.Logging;
using HipBot.Shell.Storage;
using HipBot.Shell.Telegram;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

namespace HipBot.Shell.Groups;

/// <summary>
/// The group arm of the update handler: translates a group update (or a group matter in a private chat: a setup link,
/// /roster, an admin's button) into a <see cref="GroupInput"/>, asks Telegram who the actor is when the core will need
/// to know, and runs the turn through the one pipeline. It decides nothing a user would notice.
/// </summary>
public sealed partial class GroupUpdates(TurnPipeline turns, AdminRoles roles, BotIdentity identity, GroupStore groups, ILogger<GroupUpdates> logger)
{
    public static bool IsGroup(Chat? chat) => chat?.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>Updates from a group, about a group, or about the bot in a group.</summary>
    public static bool IsGroupUpdate(Update update) =>
        IsGroup(update.Message?.Chat) || IsGroup(update.CallbackQuery?.Message?.Chat) || IsGroup(update.MyChatMember?.Chat) || update.ChatMember is not null;

    /// <summary>Group matters in a private chat: /start with a setup link, /roster, and the buttons of the setup card and the roster.</summary>
    public static bool IsPrivateGroupMatter(Update update) => update switch
    {
        { Message: { Chat.Type: ChatType.Private } message } => UpdateInputs.FromMessage(message) switch
        {
            CommandInput { Name: "start", Arguments: var payload } => SetupLink.LooksLikePayload(payload),
            CommandInput { Name: "roster" } => true,
            _ => false,
        },
        { CallbackQuery: { Message.Chat.Type: ChatType.Private, Data: var data } } => AdminPress(CallbackData.TryDecode(data)) is not null,
        _ => false,
    };

    public async Task HandleAsync(long updateId, Update update, CancellationToken cancellationToken)
    {
        var bot = await identity.UsernameAsync(cancellationToken);
        switch (update)
        {
            case { Message: { Chat.Type: ChatType.Private } message }:
                await PrivateMessageAsync(updateId, message, bot, cancellationToken);
                return;
            case { CallbackQuery: { Message.Chat.Type: ChatType.Private } query }:
                await PrivatePressAsync(updateId, query, bot, cancellationToken);
                return;
        }
        var (groupId, input) = await InputAsync(update, bot, cancellationToken);
        if (input is null)
        {
            GroupUpdateIgnored(logger, updateId, update.Type);
            await turns.MarkHandledAsync(updateId, cancellationToken);
            return;
        }
        var request = new GroupTurnRequest(groupId, GroupChat.Needs(input), bot, MemberChatId: MemberOf(input),
            MemberNeeds: PrivateChat.Needs(new TextInput("")), FreshPayload: AsksForSetup(input) ? NewPayload() : null);
        var committed = await turns.RunGroupAsync(request, (group, context) => GroupChat.Receive(group, groupId, input, context), updateId, cancellationToken);
        Log(groupId, input, committed);
    }

    /// <summary>A 400 naming the supergroup this group became: the same turn as the service message.</summary>
    public Task MigratedAsync(long groupId, long newGroupId, CancellationToken cancellationToken) =>
        RunWithoutUpdateAsync(groupId, new GroupMigrated(newGroupId), cancellationToken);

    /// <summary>A 403 "kicked" on a send: the same turn as the bot's my_chat_member.</summary>
    public Task RemovedAsync(long groupId, CancellationToken cancellationToken) => RunWithoutUpdateAsync(groupId, new BotRemoved(0), cancellationToken);

    /// <summary>A post refused for its forum topic (closed, deleted): the challenge posts to the General topic from now.</summary>
    public Task TopicUnavailableAsync(long groupId, CancellationToken cancellationToken) => RunWithoutUpdateAsync(groupId, new TopicUnavailable(), cancellationToken);

    private async Task RunWithoutUpdateAsync(long groupId, GroupInput input, CancellationToken cancellationToken)
    {
        var bot = await identity.UsernameAsync(cancellationToken);
        var committed = await turns.RunGroupAsync(new GroupTurnRequest(groupId, GroupNeeds.Board, bot),
            (group, context) => GroupChat.Receive(group, groupId, input, context), updateId: null, cancellationToken);
        Log(groupId, input, committed);
    }

    private async Task<(long GroupId, GroupInput? Input)> InputAsync(Update update, string bot, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { MyChatMember: { } change }:
                var status = change.NewChatMember.Status;
                return (change.Chat.Id, status is ChatMemberStatus.Kicked or ChatMemberStatus.Left
                    ? new BotRemoved(change.From.Id)
                    : new BotJoined(change.From.Id, change.Chat.Title ?? "", change.NewChatMember is ChatMemberAdministrator { CanPinMessages: true }));
            case { ChatMember: { } change }:
                roles.Forget(change.Chat.Id, change.NewChatMember.User.Id);
                return (change.Chat.Id, change.NewChatMember.Status is ChatMemberStatus.Left or ChatMemberStatus.Kicked
                    ? new MemberLeftGroup(change.NewChatMember.User.Id)
                    : null);
            case { CallbackQuery: { Message: { } message } query }:
                var press = CallbackData.TryDecode(query.Data);
                var presser = new PersonActor(query.From.Id, query.From.FirstName,
                    press is SetUpChallenge ? await roles.RoleAsync(message.Chat.Id, query.From.Id, cancellationToken) : null);
                return (message.Chat.Id, new GroupPress(presser, press, query.Id, message.Id, message.IsTopicMessage ? message.MessageThreadId : null));
            case { Message: { } message }:
                return (message.Chat.Id, await MessageInputAsync(message, bot, cancellationToken));
            default:
                return (0, null);
        }
    }

    private async Task<GroupInput?> MessageInputAsync(Message message, string bot, CancellationToken cancellationToken)
    {
        if (message.MigrateToChatId is { } newId)
        {
            return new GroupMigrated(newId);
        }
        if (message.LeftChatMember is { } left)
        {
            // Without chat_member updates (the bot is no admin), this service message is how HipBot learns someone left.
            return left.Id == identity.Id ? null : new MemberLeftGroup(left.Id);
        }
        var anonymous = message.SenderChat is { } sender && sender.Id == message.Chat.Id;
        if (UpdateInputs.FromMessage(message) is CommandInput command && IsForThisBot(message, bot))
        {
            Actor actor = anonymous ? new AnonymousAdmin()
                : new PersonActor(message.From!.Id, message.From.FirstName,
                    GroupChat.AdminCommands.Contains(command.Name) ? await roles.RoleAsync(message.Chat.Id, message.From.Id, cancellationToken) : null);
            return new GroupCommand(actor, command.Name, command.Arguments, message.Id, message.IsTopicMessage ? message.MessageThreadId : null);
        }
        if (message.ReplyToMessage?.From?.Id == identity.Id && message.Text is { } text && message.From is { } from)
        {
            return new ReplyToBot(anonymous ? new AnonymousAdmin() : new PersonActor(from.Id, from.FirstName, null), text, message.Id);
        }
        // Anything else is not addressed to the bot: it is not read (and the receivers do not even store it).
        return null;
    }

    private async Task PrivateMessageAsync(long updateId, Message message, string bot, CancellationToken cancellationToken)
    {
        var user = message.From!;
        var command = (CommandInput)UpdateInputs.FromMessage(message);
        if (command.Name == "start")
        {
            var groupId = await groups.GroupOfLinkAsync(command.Arguments, cancellationToken) ?? 0;
            var role = groupId == 0 ? null : await roles.RoleAsync(groupId, user.Id, cancellationToken);
            var open = new OpenSetupLink(new PersonActor(user.Id, user.FirstName, role), command.Arguments);
            await turns.RunGroupAsync(new GroupTurnRequest(groupId, GroupNeeds.Members, bot, MemberChatId: user.Id, MemberNeeds: ContextNeeds.OpenDays,
                LinkPayload: command.Arguments), (group, context) => GroupChat.Receive(group, groupId, open, context), updateId, cancellationToken);
            return;
        }
        // /roster: one roster per group this user set a challenge up in, each checked against Telegram again.
        var administered = await groups.AdministeredByAsync(user.Id, cancellationToken);
        if (administered.Count == 0)
        {
            var nobody = new PersonActor(user.Id, user.FirstName, null);
            await turns.RunGroupAsync(new GroupTurnRequest(0, GroupNeeds.Members, bot), (_, context) => GroupRoster.Request(null, nobody, context), updateId, cancellationToken);
            return;
        }
        for (var i = 0; i < administered.Count; i++)
        {
            var groupId = administered[i];
            var actor = new PersonActor(user.Id, user.FirstName, await roles.RoleAsync(groupId, user.Id, cancellationToken));
            await turns.RunGroupAsync(new GroupTurnRequest(groupId, GroupNeeds.Board, bot), (group, context) => GroupRoster.Request(group, actor, context),
                i == administered.Count - 1 ? updateId : null, cancellationToken);
        }
    }

    private async Task PrivatePressAsync(long updateId, CallbackQuery query, string bot, CancellationToken cancellationToken)
    {
        var (press, groupId) = AdminPress(CallbackData.TryDecode(query.Data))!.Value;
        var actor = new PersonActor(query.From.Id, query.From.FirstName, await roles.RoleAsync(groupId, query.From.Id, cancellationToken));
        var input = new PrivateGroupPress(actor, press, query.Id, query.Message!.Id);
        var request = new GroupTurnRequest(groupId, GroupNeeds.Board, bot, MemberChatId: press is RosterCorrect correct ? correct.UserId : null);
        await turns.RunGroupAsync(request, (group, context) => GroupChat.Receive(group, groupId, input, context), updateId, cancellationToken);
    }

    /// <summary>The buttons of the setup card and the roster, with the group each names.</summary>
    private static (Callback Press, long GroupId)? AdminPress(Callback? press) => press switch
    {
        SetupPick p => (p, p.GroupId),
        StartChallenge s => (s, s.GroupId),
        RosterView r => (r, r.GroupId),
        RosterMember r => (r, r.GroupId),
        RosterRemove r => (r, r.GroupId),
        RosterCorrect r => (r, r.GroupId),
        PauseGroupWeek p => (p, p.GroupId),
        EndChallenge e => (e, e.GroupId),
        _ => null,
    };

    /// <summary>A command with no @ is for every bot in the group; one with @ is for the bot it names.</summary>
    private static bool IsForThisBot(Message message, string bot)
    {
        var text = message.Text ?? "";
        var end = text.IndexOfAny([' ', '\n']);
        var head = end < 0 ? text : text[..end];
        var at = head.IndexOf('@', StringComparison.Ordinal);
        return at < 0 || string.Equals(head[(at + 1)..], bot, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The private chat a group turn touches: the member checking in or joining.</summary>
    private static long? MemberOf(GroupInput input) => input switch
    {
        GroupCommand { Actor: PersonActor actor, Name: "done" or "join" } => actor.UserId,
        ReplyToBot { Actor: PersonActor actor } => actor.UserId,
        GroupPress { Actor: PersonActor actor, Press: DoneToday or JoinChallenge } => actor.UserId,
        _ => null,
    };

    private static bool AsksForSetup(GroupInput input) =>
        input is GroupCommand { Name: "challenge" or "setup" } or GroupPress { Press: SetUpChallenge };

    /// <summary>A setup payload: our prefix and 32 characters of base64url from 24 random bytes, unguessable and within Telegram's 64.</summary>
    private static string NewPayload() =>
        SetupLink.Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    private void Log(long groupId, GroupInput input, GroupCommitted committed)
    {
        switch (input)
        {
            case GroupMigrated moved when committed.Turn is not null:
                GroupMoved(logger, groupId, moved.NewGroupId);
                break;
            case BotRemoved when committed.Turn is not null:
                GroupSuspended(logger, groupId);
                break;
            case TopicUnavailable when committed.Turn is not null:
                TopicGone(logger, groupId);
                break;
        }
    }

    [LoggerMessage(EventId = LogEvents.GroupMigrated, Level = LogLevel.Information, Message = "Group {GroupId} became supergroup {NewGroupId}; its challenge moved with it")]
    private static partial void GroupMoved(ILogger logger, long groupId, long newGroupId);

    [LoggerMessage(EventId = LogEvents.GroupSuspended, Level = LogLevel.Information, Message = "The bot was removed from group {GroupId}; its challenge is on hold")]
    private static partial void GroupSuspended(ILogger logger, long groupId);

    [LoggerMessage(EventId = LogEvents.GroupTopicGone, Level = LogLevel.Information, Message = "The challenge topic of group {GroupId} is closed or gone; posting to the General topic")]
    private static partial void TopicGone(ILogger logger, long groupId);

    [LoggerMessage(EventId = LogEvents.GroupUpdateIgnored, Level = LogLevel.Debug, Message = "Group update {UpdateId} ({Type}) is not for the bot")]
    private static partial void GroupUpdateIgnored(ILogger logger, long updateId, UpdateType type);
}
