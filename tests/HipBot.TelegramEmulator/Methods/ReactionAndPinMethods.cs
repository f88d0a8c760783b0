using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator.Methods;

/// <summary>setMessageReaction, pinChatMessage and unpinChatMessage.</summary>
internal static class ReactionAndPinMethods
{
    // The emoji Telegram accepts as a reaction (ReactionTypeEmoji); anything else is REACTION_INVALID.
    private static readonly HashSet<string> Emoji =
    [
        "👍", "👎", "❤", "🔥", "🥰", "👏", "😁", "🤔", "🤯", "😱", "🤬", "😢", "🎉", "🤩", "🤮", "💩", "🙏", "👌", "🕊", "🤡",
        "🥱", "🥴", "😍", "🐳", "❤‍🔥", "🌚", "🌭", "💯", "🤣", "⚡", "🍌", "🏆", "💔", "🤨", "😐", "🍓", "🍾", "💋", "🖕", "😈",
        "😴", "😭", "🤓", "👻", "👨‍💻", "👀", "🎃", "🙈", "😇", "😨", "🤝", "✍", "🤗", "🫡", "🎅", "🎄", "☃", "💅", "🤪", "🗿",
        "🆒", "💘", "🙉", "🦄", "😘", "💊", "🙊", "😎", "👾", "🤷‍♂", "🤷", "🤷‍♀", "😡",
    ];

    /// <summary>A bot sets at most one reaction per message; an empty list takes its reaction away. Reactions send no message.</summary>
    public static Task<string?> SetReaction(MethodContext context)
    {
        var args = context.Args;
        var emoji = ParseReactions(args.Json("reaction"));
        lock (context.State.Gate)
        {
            var chat = context.State.RequireChat(args);
            SendGuards.EnsureBotCanSend(chat);
            var messageId = args.Int("message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");
            var message = chat.Find(messageId) is { Deleted: false } found ? found : throw BotApiError.BadRequest("MESSAGE_ID_INVALID");
            message.BotReactions.Clear();
            message.BotReactions.AddRange(emoji);
            chat.Touch();
        }

        return Task.FromResult<string?>("true");
    }

    /// <summary>In groups only an admin with can_pin_messages may pin; in a private chat the bot always may.</summary>
    public static Task<string?> Pin(MethodContext context)
    {
        var args = context.Args;
        lock (context.State.Gate)
        {
            var chat = context.State.RequireChat(args);
            SendGuards.EnsureBotCanSend(chat);
            EnsureMayPin(chat);
            var messageId = args.Int("message_id") ?? throw BotApiError.BadRequest("message identifier is not specified");
            chat.PinnedMessageId = chat.Find(messageId) is { Deleted: false } found ? found.Id : throw BotApiError.BadRequest("message to pin not found");
            chat.Touch();
        }

        return Task.FromResult<string?>("true");
    }

    public static Task<string?> Unpin(MethodContext context)
    {
        var args = context.Args;
        lock (context.State.Gate)
        {
            var chat = context.State.RequireChat(args);
            SendGuards.EnsureBotCanSend(chat);
            EnsureMayPin(chat);
            var messageId = args.Int("message_id");
            if (messageId is null || messageId == chat.PinnedMessageId)
            {
                chat.PinnedMessageId = null;
            }

            chat.Touch();
        }

        return Task.FromResult<string?>("true");
    }

    private static void EnsureMayPin(ChatLog chat)
    {
        if (chat.IsGroup && !(chat.BotIsAdmin && chat.BotMayPin))
        {
            throw BotApiError.BadRequest("not enough rights to manage pinned messages in the chat");
        }
    }

    private static List<string> ParseReactions(JsonNode? node)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray items)
        {
            throw BotApiError.BadRequest("can't parse reaction types JSON object");
        }

        var emoji = new List<string>();
        foreach (var item in items)
        {
            var type = item?["type"]?.GetValue<string>();
            var value = item?["emoji"]?.GetValue<string>();
            if (type != "emoji" || value is null || !Emoji.Contains(value))
            {
                throw BotApiError.BadRequest("REACTION_INVALID");
            }

            emoji.Add(value);
        }

        return emoji.Count > 1 ? throw BotApiError.BadRequest("REACTIONS_TOO_MANY") : emoji;
    }
}
