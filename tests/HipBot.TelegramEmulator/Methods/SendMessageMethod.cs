using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Text;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>sendMessage, with Telegram's validation, blocking and rate limits; a refused send leaves no trace in the chat.</summary>
internal static class SendMessageMethod
{
    public const int MaxTextLength = 4096;

    public static Task<string?> Serve(MethodContext context)
    {
        var state = context.State;
        var args = context.Args;
        var rawText = args.String("text");
        var parseMode = args.String("parse_mode");
        var markup = ReplyMarkup.Parse(args.Json("reply_markup"), inlineOnly: false);
        var (replyToId, replyOptional) = ReplyTarget(args);

        lock (state.Gate)
        {
            var chat = state.RequireChat(args);
            SendGuards.EnsureBotCanSend(chat);
            var threadId = SendGuards.EnsureTopic(chat, args.Int("message_thread_id"));
            var text = RenderText(rawText, parseMode);

            MessageState? replyTo = null;
            if (replyToId is { } id)
            {
                replyTo = chat.Find(id) is { Deleted: false } found ? found
                    : replyOptional ? null
                    : throw BotApiError.BadRequest("message to be replied not found");
            }

            if (state.Limits.TryAcquire(chat.Id, chat.IsGroup, args.Bool("allow_paid_broadcast")) is { } retryAfter)
            {
                throw BotApiError.TooManyRequests(retryAfter);
            }

            var message = chat.Add(new MessageState
            {
                Chat = chat,
                Date = state.NowUnix(),
                Text = text,
                RawText = rawText,
                ParseMode = parseMode,
                InlineKeyboard = markup.InlineKeyboard,
                Buttons = markup.Buttons,
                ReplyKeyboard = markup.ReplyKeyboard,
                ReplyTo = replyTo,
                ThreadId = threadId ?? replyTo?.ThreadId,
                Silent = args.Bool("disable_notification"),
            });
            return Task.FromResult<string?>(WireJson.Message(message, state).ToJsonString());
        }
    }

    /// <summary>The text a user will see; shared with editMessageText, which has the same limits.</summary>
    public static string RenderText(string? rawText, string? parseMode)
    {
        if (string.IsNullOrWhiteSpace(rawText))
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        var text = MessageFormatting.Render(rawText, parseMode);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw BotApiError.BadRequest("message text is empty");
        }

        return text.Length > MaxTextLength ? throw BotApiError.BadRequest("message is too long") : text;
    }

    private static (int? MessageId, bool Optional) ReplyTarget(RequestArgs args)
    {
        if (args.Json("reply_parameters") is JsonObject reply)
        {
            var id = reply["message_id"] is JsonValue value && value.TryGetValue<int>(out var number) ? number
                : throw BotApiError.BadRequest("message to be replied not found");
            var optional = reply["allow_sending_without_reply"] is JsonValue flag && flag.TryGetValue<bool>(out var allowed) && allowed;
            return (id, optional);
        }

        return (args.Int("reply_to_message_id"), args.Bool("allow_sending_without_reply"));
    }
}
