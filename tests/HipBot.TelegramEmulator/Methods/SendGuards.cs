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
            EnsureBotInGroup(chat);
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

    /// <summary>A message_thread_id must name an open topic of a forum; none means the General topic.</summary>
    public static int? EnsureTopic(ChatLog chat, int? threadId)
    {
        if (threadId is not { } id)
        {
            return null;
        }

        if (!chat.IsForum)
        {
            // Outside forums Telegram ignores the thread of a send.
            return null;
        }

        if (!chat.Topics.TryGetValue(id, out var topic) || topic.Deleted)
        {
            throw BotApiError.BadRequest("message thread not found");
        }

        return topic.Closed ? throw BotApiError.BadRequest("TOPIC_CLOSED") : id;
    }

    private static void EnsureBotInGroup(ChatLog chat)
    {
        if (chat.MigratedTo is { } newId)
        {
            throw BotApiError.Migrated(newId);
        }

        if (chat.BotKicked)
        {
            throw BotApiError.Forbidden(chat.IsSupergroup ? "bot was kicked from the supergroup chat" : "bot was kicked from the group chat");
        }
    }
}
