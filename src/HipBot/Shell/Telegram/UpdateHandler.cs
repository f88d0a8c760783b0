using HipBot.Core.Chats;
using HipBot.Shell.Groups;
using HipBot.Shell.Logging;
using HipBot.Shell.Turns;
using Microsoft.Extensions.Logging;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

namespace HipBot.Shell.Telegram;

/// <summary>Handles one stored update: one switch over its shape, each arm a turn of the pipeline.</summary>
public sealed partial class UpdateHandler(TurnPipeline turns, GroupUpdates groups, ILogger<UpdateHandler> logger) : IUpdateHandling
{
    public Task HandleAsync(long updateId, Update update, CancellationToken cancellationToken) => update switch
    {
        // Groups, and group matters in private chats (a setup link, /roster, an admin's button): the same pipeline.
        _ when GroupUpdates.IsGroupUpdate(update) || GroupUpdates.IsPrivateGroupMatter(update) => groups.HandleAsync(updateId, update, cancellationToken),
        { Message: { Chat.Type: ChatType.Private } message } =>
            OnInputAsync(updateId, message.Chat.Id, message.From?.FirstName, UpdateInputs.FromMessage(message), cancellationToken),
        { CallbackQuery: { Message.Chat.Type: ChatType.Private, Data: { } data } query } =>
            OnInputAsync(updateId, query.Message.Chat.Id, query.From.FirstName, new ButtonInput(data, query.Message.Id, query.Id), cancellationToken),
        { MyChatMember: { Chat.Type: ChatType.Private } member } =>
            OnMembershipAsync(updateId, member, cancellationToken),
        _ => IgnoreAsync(updateId, update, cancellationToken),
    };

    private Task<Committed> OnInputAsync(long updateId, long chatId, string? firstName, Input input, CancellationToken cancellationToken) =>
        turns.RunAsync(chatId, PrivateChat.Needs(input), (state, context) => PrivateChat.Receive(state, chatId, firstName, input, context),
            updateId, cancellationToken);

    private async Task OnMembershipAsync(long updateId, ChatMemberUpdated member, CancellationToken cancellationToken)
    {
        var blocked = member.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left;
        var committed = await turns.RunAsync(member.Chat.Id, ContextNeeds.OpenDays,
            (state, context) => PrivateChat.MembershipChanged(state, blocked, context.Now), updateId, cancellationToken);
        if (committed.Turn is not null)
        {
            ChatMembershipChanged(logger, member.Chat.Id, blocked ? "blocked" : "unblocked");
        }
    }

    private Task IgnoreAsync(long updateId, Update update, CancellationToken cancellationToken)
    {
        UpdateIgnored(logger, updateId, update.Type);
        return turns.MarkHandledAsync(updateId, cancellationToken);
    }

    [LoggerMessage(EventId = LogEvents.ChatMembershipChanged, Level = LogLevel.Information, Message = "Chat {ChatId} {Change} the bot")]
    private static partial void ChatMembershipChanged(ILogger logger, long chatId, string change);

    [LoggerMessage(EventId = LogEvents.UpdateIgnored, Level = LogLevel.Debug, Message = "Update {UpdateId} ({Type}) needs no answer")]
    private static partial void UpdateIgnored(ILogger logger, long updateId, UpdateType type);
}
