using HipBot.TelegramEmulator.Text;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>editMessageText, editMessageReplyMarkup and deleteMessage on messages in emulated chats.</summary>
internal static class EditMessageMethods
{
    private const string NotModified =
        "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";

    public static Task<string?> EditText(MethodContext context)
    {
        var state = context.State;
        var args = context.Args;
        var rawText = args.String("text");
        var parseMode = args.String("parse_mode");
        // Telegram removes the inline keyboard when an edit of the text does not repeat it.
        var markup = ReplyMarkup.Parse(args.Json("reply_markup"), inlineOnly: true);
        var text = SendMessageMethod.RenderText(rawText, parseMode);

        lock (state.Gate)
        {
            var (chat, message) = FindEditable(state, args);
            if (message.Text is null)
            {
                throw BotApiError.BadRequest("there is no text in the message to edit");
            }

            if (message.Text == text && message.RawText == rawText && SameKeyboard(message, markup))
            {
                throw BotApiError.BadRequest(NotModified);
            }

            AcquireGroupSlot(state, chat);
            message.Text = text;
            message.RawText = rawText;
            message.ParseMode = parseMode;
            SetKeyboard(message, markup);
            chat.RecordEdit(message, state.NowUnix());
            return Task.FromResult<string?>(WireJson.Message(message, state).ToJsonString());
        }
    }

    public static Task<string?> EditReplyMarkup(MethodContext context)
    {
        var state = context.State;
        var markup = ReplyMarkup.Parse(context.Args.Json("reply_markup"), inlineOnly: true);
        lock (state.Gate)
        {
            var (chat, message) = FindEditable(state, context.Args);
            if (SameKeyboard(message, markup))
            {
                throw BotApiError.BadRequest(NotModified);
            }

            AcquireGroupSlot(state, chat);
            SetKeyboard(message, markup);
            chat.RecordEdit(message, state.NowUnix());
            return Task.FromResult<string?>(WireJson.Message(message, state).ToJsonString());
        }
    }

    public static Task<string?> Delete(MethodContext context)
    {
        var state = context.State;
        lock (state.Gate)
        {
            var chat = state.RequireChat(context.Args);
            var messageId = context.Args.Int("message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");
            var message = chat.Find(messageId);
            if (message is null || message.Deleted)
            {
                throw BotApiError.BadRequest("message to delete not found");
            }

            if (chat.IsGroup && !message.IsFromBot && !chat.BotIsAdmin)
            {
                throw BotApiError.BadRequest("message can't be deleted");
            }

            chat.RecordDelete(message);
            return Task.FromResult<string?>("true");
        }
    }

    // Caller holds the lock.
    private static (ChatLog Chat, MessageState Message) FindEditable(EmulatorState state, RequestArgs args)
    {
        if (args.Has("inline_message_id"))
        {
            throw BotApiError.BadRequest("MESSAGE_ID_INVALID");
        }

        var chat = state.RequireChat(args);
        if (chat.IsGroup)
        {
            SendGuards.EnsureBotCanSend(chat);
        }

        var messageId = args.Int("message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");
        var message = chat.Find(messageId);
        if (message is null || message.Deleted)
        {
            throw BotApiError.BadRequest("message to edit not found");
        }

        return message.IsFromBot ? (chat, message) : throw BotApiError.BadRequest("message can't be edited");
    }

    /// <summary>In groups an edit counts against the same limit as a new message (about 20 a minute).</summary>
    private static void AcquireGroupSlot(EmulatorState state, ChatLog chat)
    {
        if (chat.IsGroup && state.Limits.TryAcquire(chat.Id, isGroup: true) is { } retryAfter)
        {
            throw BotApiError.TooManyRequests(retryAfter);
        }
    }

    private static bool SameKeyboard(MessageState message, ReplyMarkup markup) =>
        (message.InlineKeyboard?.ToJsonString() ?? "") == markup.InlineKeyboardJson;

    private static void SetKeyboard(MessageState message, ReplyMarkup markup)
    {
        message.InlineKeyboard = markup.InlineKeyboard;
        message.Buttons = markup.Buttons;
    }
}
