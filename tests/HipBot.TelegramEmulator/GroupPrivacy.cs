using HipBot.TelegramEmulator.Text;

namespace HipBot.TelegramEmulator;

/// <summary>
/// Which group messages a bot in privacy mode (Telegram's default) is sent: commands for it, replies to its messages and
/// mentions of it, and service messages. Everyone in the group still sees every message; only the bot's updates are filtered.
/// </summary>
internal static class GroupPrivacy
{
    public static bool DeliversToBot(MessageState message, string botUsername)
    {
        var chat = message.Chat;
        if (!chat.IsGroup || !chat.PrivacyMode || chat.BotIsAdmin)
        {
            return true;
        }

        // Service messages (members joining or leaving, a migration) reach every bot in the group.
        if (message.Service is not null)
        {
            return true;
        }

        if (message.ReplyTo is { IsFromBot: true })
        {
            return true;
        }

        if (message.Text is not { } text)
        {
            return false;
        }

        var target = TextEntities.LeadingCommandTarget(text);
        return target == ""
            || string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase)
            || TextEntities.Mentions(text, botUsername);
    }
}
