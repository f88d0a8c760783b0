using HipBot.Core.Chats;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

namespace HipBot.Shell.Telegram;

/// <summary>Translates Telegram's message shapes into the core's inputs.</summary>
public static class UpdateInputs
{
    public static Input FromMessage(Message message)
    {
        if (message.ForwardOrigin is not null)
        {
            return new ForwardedInput();
        }
        if (message.Location is { } location)
        {
            return new LocationInput(location.Latitude, location.Longitude);
        }
        var text = message.Text ?? "";
        if (message.Entities is [{ Type: MessageEntityType.BotCommand, Offset: 0 } command, ..])
        {
            var name = text[1..command.Length];
            var at = name.IndexOf('@', StringComparison.Ordinal);
            return new CommandInput(
                (at < 0 ? name : name[..at]).ToLowerInvariant(),
                text[command.Length..].Trim());
        }
        // Stickers, photos and the like carry no text: the core treats them as an answer it cannot use.
        return new TextInput(text);
    }
}
