using System.Text;
using HipBot.Core.Messages;
using HipBot.Shell.Charts;
using HipBot.Shell.Logging;
using HipBot.Shell.Storage;
using Microsoft.Extensions.Logging;
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
internal sealed partial class BotApiCalls(ITelegramBotClient bot, OutboxStore outbox, ILogger logger)
{
    public async Task<Accepted> CallAsync(Outgoing message, CancellationToken cancellationToken)
    {
        switch (message)
        {
            case SendMessage send:
                var sent = await bot.SendMessage(send.ChatId, send.Reply.Text, replyMarkup: Markup(send.Reply), cancellationToken: cancellationToken);
                return new Accepted(sent.Id);
            case EditMessage edit:
                var target = edit.MessageId ?? (edit.TargetKey is { } key ? await outbox.FindMessageIdAsync(edit.ChatId, key, cancellationToken) : null);
                if (target is null)
                {
                    // No message was ever sent under that key (no plan that day): there is nothing to update.
                    return new Accepted(null, "no message to edit");
                }
                await bot.EditMessageText(edit.ChatId, target.Value, edit.Reply.Text, replyMarkup: Markup(edit.Reply), cancellationToken: cancellationToken);
                return new Accepted(target);
            case AnswerButton answer:
                await bot.AnswerCallbackQuery(answer.CallbackQueryId, answer.Toast, cancellationToken: cancellationToken);
                return new Accepted(null);
            case SendDocument document:
                await using (var file = new MemoryStream(Encoding.UTF8.GetBytes(document.File.Content)))
                {
                    var sentFile = await bot.SendDocument(document.ChatId, InputFile.FromStream(file, document.File.Name), document.Caption, cancellationToken: cancellationToken);
                    return new Accepted(sentFile.Id);
                }
            case SendChart chart:
                // Drawn here, at send time, from the numbers the row keeps (see SendChart).
                if (Draw(chart) is not { } drawn)
                {
                    // The same numbers would fail the same way on every retry, and a row that never goes holds back
                    // the chat's later messages: the user gets the numbers in words instead.
                    var words = await bot.SendMessage(chart.ChatId, chart.Caption ?? "Your weekly chart could not be drawn this time.", cancellationToken: cancellationToken);
                    return new Accepted(words.Id);
                }
                await using (var png = new MemoryStream(drawn))
                {
                    var sentPhoto = await bot.SendPhoto(chart.ChatId, InputFile.FromStream(png, "progress.png"), chart.Caption, cancellationToken: cancellationToken);
                    return new Accepted(sentPhoto.Id);
                }
            case LastMessage last:
                var goodbye = await bot.SendMessage(last.ChatId, last.Reply.Text, replyMarkup: Markup(last.Reply), cancellationToken: cancellationToken);
                return new Accepted(goodbye.Id, ErasesChat: true);
            default:
                // The outbox stores no other kind (OutgoingJson.KindOf refuses it), so this is a kind added without its call.
                throw new NotSupportedException($"There is no Bot API call for {message.GetType().Name}.");
        }
    }

    private byte[]? Draw(SendChart chart)
    {
        try
        {
            return ProgressChartRenderer.Render(chart.Chart);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ChartNotDrawn(logger, ex, chart.ChatId);
            return null;
        }
    }

    [LoggerMessage(EventId = LogEvents.ChartNotDrawn, Level = LogLevel.Error, Message = "The chart for chat {ChatId} could not be drawn; its caption goes as text instead")]
    private static partial void ChartNotDrawn(ILogger logger, Exception exception, long chatId);

    private static InlineKeyboardMarkup? Markup(Reply reply) =>
        reply.Buttons is { Count: > 0 } rows
            ? new InlineKeyboardMarkup(rows.Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.Data))))
            : null;
}
