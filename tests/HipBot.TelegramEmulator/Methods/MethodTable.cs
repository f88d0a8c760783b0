namespace HipBot.TelegramEmulator.Methods;

/// <summary>The Bot API methods the emulator speaks. Telegram matches method names case-insensitively.</summary>
internal static class MethodTable
{
    private static readonly Dictionary<string, BotMethod> Methods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["getMe"] = BotMethods.GetMe,
        ["logOut"] = BotMethods.True,
        ["close"] = BotMethods.True,
        ["setWebhook"] = WebhookMethods.Set,
        ["deleteWebhook"] = WebhookMethods.Delete,
        ["getWebhookInfo"] = WebhookMethods.GetInfo,
        ["getUpdates"] = GetUpdatesMethod.Serve,
        ["sendMessage"] = SendMessageMethod.Serve,
        ["sendDocument"] = SendFileMethods.SendDocument,
        ["sendPhoto"] = SendFileMethods.SendPhoto,
        ["editMessageText"] = EditMessageMethods.EditText,
        ["editMessageReplyMarkup"] = EditMessageMethods.EditReplyMarkup,
        ["deleteMessage"] = EditMessageMethods.Delete,
        ["answerCallbackQuery"] = CallbackQueryMethods.Answer,
        ["setMyCommands"] = CommandMethods.Set,
        ["getMyCommands"] = CommandMethods.Get,
        ["deleteMyCommands"] = CommandMethods.Delete,
        ["getChat"] = ChatMethods.GetChat,
        ["getChatMember"] = ChatMethods.GetChatMember,
        ["sendChatAction"] = ChatMethods.SendChatAction,
        ["setMessageReaction"] = ReactionAndPinMethods.SetReaction,
        ["pinChatMessage"] = ReactionAndPinMethods.Pin,
        ["unpinChatMessage"] = ReactionAndPinMethods.Unpin,
    };

    public static BotMethod? Find(string method) => Methods.GetValueOrDefault(method);
}
