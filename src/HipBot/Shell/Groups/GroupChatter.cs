using System.Text.Json;

namespace HipBot.Shell.Groups;

/// <summary>
/// Which group messages are not addressed to the bot: everything but a command for it, a reply to it, a mention of it and
/// the service messages it acts on. A bot that is an admin, or has privacy mode off, receives all of a group's chatter;
/// the receivers drop it before the inbox, so it is neither stored nor read. Read from the raw JSON, as the inbox reads.
/// </summary>
public static class GroupChatter
{
    private static readonly string[] ServiceFields = ["new_chat_members", "left_chat_member", "migrate_to_chat_id", "migrate_from_chat_id"];

    public static bool IsChatter(JsonElement update, long botId, string botUsername)
    {
        if (update.ValueKind != JsonValueKind.Object
            || !update.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object
            || !message.TryGetProperty("chat", out var chat) || chat.ValueKind != JsonValueKind.Object
            || !chat.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
            || type.GetString() is not ("group" or "supergroup"))
        {
            return false;
        }
        if (ServiceFields.Any(field => message.TryGetProperty(field, out _)))
        {
            return false;
        }
        if (message.TryGetProperty("reply_to_message", out var reply) && reply.ValueKind == JsonValueKind.Object
            && reply.TryGetProperty("from", out var author) && author.ValueKind == JsonValueKind.Object
            && author.TryGetProperty("id", out var authorId) && authorId.ValueKind == JsonValueKind.Number && authorId.TryGetInt64(out var id) && id == botId)
        {
            return false;
        }
        var text = message.TryGetProperty("text", out var body) && body.ValueKind == JsonValueKind.String ? body.GetString() ?? "" : "";
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            var head = end < 0 ? text : text[..end];
            var at = head.IndexOf('@', StringComparison.Ordinal);
            return at >= 0 && !string.Equals(head[(at + 1)..], botUsername, StringComparison.OrdinalIgnoreCase);
        }
        return botUsername.Length == 0 || !text.Contains("@" + botUsername, StringComparison.OrdinalIgnoreCase);
    }
}
