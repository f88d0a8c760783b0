using System.Text;
using HipBot.Core.Messages;
using HipBot.Shell.Storage;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.ReplyMarkups;

namespace HipBot.Shell.Delivery;

/// <summary>
/// What Telegram accepted: the message it now shows, or why there was nothing to send (the row is dropped).
/// <paramref name="ErasesChat"/>: the chat asked to be forgotten, so its rows up to this one are deleted rather than kept as sent.
/// </summary>
internal sealed record Accepted(int? MessageId, string? DropReason = null, bool ErasesChat = false);

/// <summary>Turns each kind of <see cref="Outgoing"/> into its Bot API call; a refusal comes back as the client's exception.</summary>
/// <param name="paidBroadcast">Sender:AllowPaidBroadcast: every new message asks Telegram for paid broadcasting (up to 1,000 a second, for Stars).</param>
internal sealed class BotApiCalls(ITelegramBotClient bot, OutboxStore outbox, bool paidBroadcast)
{
    /// <param name="picture">A chart's PNG, drawn before the call (see <see cref="ChartPictures"/>); null when it could not be.</param>
    public async Task<Accepted> CallAsync(Outgoing message, byte[]? picture, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case SendMessage send:
                var sent = await bot.SendMessage(send.ChatId, send.Reply.Text, replyMarkup: Markup(send.Reply), allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
                return new Accepted(sent.Id);
            case EditMessage edit:
                var target = edit.MessageId ?? (edit.TargetKey is { } key ? await outbox.FindMessageIdAsync(edit.ChatId, key, cancellationToken) : null);
                if (target is null)
                {
                    // No message was ever sent under that key (no plan that day): there is nothing to update.
                    return new Accepted(null, "no message to edit");
                }
                if (edit.ButtonsOnly)
                {
                    await bot.EditMessageReplyMarkup(edit.ChatId, target.Value, Markup(edit.Reply), cancellationToken: cancellationToken);
                    return new Accepted(target);
                }
                await bot.EditMessageText(edit.ChatId, target.Value, edit.Reply.Text, replyMarkup: Markup(edit.Reply), cancellationToken: cancellationToken);
                return new Accepted(target);
            case AnswerButton answer:
                await bot.AnswerCallbackQuery(answer.CallbackQueryId, answer.Toast, url: answer.Url, cancellationToken: cancellationToken);
                return new Accepted(null);
            case PostMessage post:
                var posted = await bot.SendMessage(post.ChatId, post.Reply.Text, replyMarkup: Markup(post.Reply), disableNotification: true,
                    messageThreadId: post.ThreadId,
                    replyParameters: post.ReplyToMessageId is { } answered ? new ReplyParameters { MessageId = answered, AllowSendingWithoutReply = true } : null,
                    cancellationToken: cancellationToken);
                return new Accepted(posted.Id);
            case ReactToMessage reaction:
                await bot.SetMessageReaction(reaction.ChatId, reaction.MessageId, [new ReactionTypeEmoji { Emoji = reaction.Emoji }], cancellationToken: cancellationToken);
                return new Accepted(null);
            case PinMessage pin:
                if (await outbox.FindMessageIdAsync(pin.ChatId, pin.TargetKey, cancellationToken) is not { } pinned)
                {
                    return new Accepted(null, "no message to pin");
                }
                await bot.PinChatMessage(pin.ChatId, pinned, disableNotification: true, cancellationToken: cancellationToken);
                return new Accepted(pinned);
            case SendDocument document:
                await using (var file = new MemoryStream(Encoding.UTF8.GetBytes(document.File.Content)))
                {
                    var sentFile = await bot.SendDocument(document.ChatId, InputFile.FromStream(file, document.File.Name), document.Caption, allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
                    return new Accepted(sentFile.Id);
                }
            case SendChart chart:
                if (picture is not { } drawn)
                {
                    // The same numbers would fail the same way on every retry, and a row that never goes holds back
                    // the chat's later messages: the user gets the numbers in words instead.
                    var words = await bot.SendMessage(chart.ChatId, chart.Caption ?? "Your weekly chart could not be drawn this time.", allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
                    return new Accepted(words.Id);
                }
                await using (var png = new MemoryStream(drawn))
                {
                    var sentPhoto = await bot.SendPhoto(chart.ChatId, InputFile.FromStream(png, "progress.png"), chart.Caption, allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
                    return new Accepted(sentPhoto.Id);
                }
            case LastMessage last:
                var goodbye = await bot.SendMessage(last.ChatId, last.Reply.Text, replyMarkup: Markup(last.Reply), allowPaidBroadcast: paidBroadcast, cancellationToken: cancellationToken);
                return new Accepted(goodbye.Id, ErasesChat: true);
            default:
                // The outbox stores no other kind (OutgoingJson.KindOf refuses it), so this is a kind added without its call.
                throw new NotSupportedException($"There is no Bot API call for {message.GetType().Name}.");
        }
    }

    private static InlineKeyboardMarkup? Markup(Reply reply) =>
        reply.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b =>
                b.Url is { } url ? InlineKeyboardButton.WithUrl(b.Text, url) : InlineKeyboardButton.WithCallbackData(b.Text, b.Data))))
            : null;
}
