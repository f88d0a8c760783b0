using System.Text.Json;

namespace HipBot.Shell.Telegram;

/// <summary>
/// What the inbox needs of an update before anything reads it into Telegram.Bot's types: its id (the key that makes a
/// re-delivery harmless) and the chat it belongs to (which orders its handling). Read from the raw JSON by hand, so a
/// value no client version knows, or a field of the wrong type, never stops an update from being stored.
/// </summary>
public sealed record RawUpdate(long UpdateId, long ChatId, string Json)
{
    /// <summary>Null when the element has no readable update_id: then it cannot be stored, nor acknowledged on its own.</summary>
    public static RawUpdate? From(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("update_id", out var id) || id.ValueKind != JsonValueKind.Number || !id.TryGetInt64(out var updateId))
        {
            return null;
        }
        return new RawUpdate(updateId, ChatIdOf(element), element.GetRawText());
    }

    /// <summary>The chat of the update's one payload, wherever Telegram puts it; 0 when there is none to be found.</summary>
    private static long ChatIdOf(JsonElement update)
    {
        foreach (var payload in update.EnumerateObject())
        {
            if (payload.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            // A message's own chat, a button's message's chat, or (for a button under an inline message) the user who pressed.
            if (Id(payload.Value, "chat") is { } chat)
            {
                return chat;
            }
            if (payload.Value.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object && Id(message, "chat") is { } messageChat)
            {
                return messageChat;
            }
            if (Id(payload.Value, "from") is { } from)
            {
                return from;
            }
        }
        return 0;
    }

    private static long? Id(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var holder) && holder.ValueKind == JsonValueKind.Object
        && holder.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value)
            ? value
            : null;
}
