using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using HipBot.Core.Chats;
using HipBot.Core.Plans;
using HipBot.Shell.Hosting;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace HipBot.Shell.Telegram;

/// <summary>
/// Handles one stored update: loads the chat, asks the pure core what follows, and commits the new
/// state, the messages to send and the inbox mark in one transaction.
/// </summary>
public sealed class UpdateHandler(Database database, TimeProvider clock, OutboxDoorbell outbox, ILogger<UpdateHandler> logger) : IUpdateHandling
{
    public Task HandleAsync(long updateId, Update update, CancellationToken cancellationToken) => update switch
    {
        { Message: { Chat.Type: ChatType.Private } message } =>
            OnInputAsync(updateId, message.Chat.Id, message.From?.FirstName, UpdateInputs.FromMessage(message), cancellationToken),
        { CallbackQuery: { Message.Chat.Type: ChatType.Private, Data: { } data } query } =>
            OnInputAsync(updateId, query.Message.Chat.Id, query.From.FirstName, new ButtonInput(data, query.Message.Id, query.Id), cancellationToken),
        { MyChatMember: { Chat.Type: ChatType.Private } member } =>
            OnMembershipAsync(updateId, member, cancellationToken),
        _ => IgnoreAsync(updateId, update, cancellationToken),
    };

    private async Task OnInputAsync(long updateId, long chatId, string? firstName, Input input, CancellationToken cancellationToken)
    {
        await database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
            var state = await ChatRepository.FindAsync(connection, transaction, chatId) ?? ChatState.New(chatId, firstName);
            // Writing to the bot is how a user who blocked it comes back.
            state = state with { Blocked = false, FirstName = firstName ?? state.FirstName };
            var context = await TurnStore.LoadContextAsync(connection, transaction, chatId, now, state.Habit.LastClosedDate);
            var turn = PrivateChat.Handle(state, input, context);
            await ChatRepository.SaveAsync(connection, transaction, turn.State, now);
            await TurnStore.ApplyAsync(connection, transaction, chatId, updateId, turn.Effects, now);
            await OutboxStore.AddAsync(connection, transaction, turn.Out, now.ToUnixTimeMilliseconds());
            await InboxStore.MarkDoneAsync(connection, transaction, updateId);
        }, cancellationToken);
        outbox.Ring();
    }

    private Task OnMembershipAsync(long updateId, ChatMemberUpdated member, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
            var blocked = member.NewChatMember.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left;
            if (await ChatRepository.FindAsync(connection, transaction, member.Chat.Id) is { } state)
            {
                // Blocking stops the schedule; unblocking starts it again from the next reminder.
                await ChatRepository.SaveAsync(connection, transaction, PlanSchedule.Refresh(state, state with { Blocked = blocked }, now), now);
                logger.LogInformation("Chat {ChatId} {Change} the bot", member.Chat.Id, blocked ? "blocked" : "unblocked");
            }
            await InboxStore.MarkDoneAsync(connection, transaction, updateId);
        }, cancellationToken);

    private Task IgnoreAsync(long updateId, Update update, CancellationToken cancellationToken)
    {
        logger.LogDebug("Update {UpdateId} ({Type}) needs no answer", updateId, update.Type);
        return database.InTransactionAsync((connection, transaction) => InboxStore.MarkDoneAsync(connection, transaction, updateId), cancellationToken);
    }
}
