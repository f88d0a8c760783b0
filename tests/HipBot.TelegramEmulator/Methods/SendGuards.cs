using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>Whether the bot may post into a chat at all, with Telegram's exact refusals.</summary>
internal static class SendGuards
{
    // Caller holds the lock.
    public static void EnsureBotCanSend(ChatLog chat)
    {
        if (chat.IsGroup)
        {
            return;
        }

        if (chat.BotBlocked)
        {
            throw BotApiError.Forbidden("bot was blocked by the user");
        }

        if (!chat.StartedBot)
        {
            throw BotApiError.Forbidden("bot can't initiate conversation with a user");
        }
    }
}
