namespace HipBot.Core.Chats;

/// <summary>What a user did in a chat, stripped of Telegram's types.</summary>
public abstract record Input;

/// <summary>A /command; <paramref name="Name"/> is lower case without the slash or @botname.</summary>
public sealed record CommandInput(string Name, string Arguments) : Input;

public sealed record TextInput(string Text) : Input;

/// <summary>A pressed inline button. Its data comes from the client, so it is never trusted to name anything but this chat's own records.</summary>
public sealed record ButtonInput(string Data, int MessageId, string CallbackQueryId) : Input;

public sealed record LocationInput(double Latitude, double Longitude) : Input;

/// <summary>A message forwarded from somewhere else: someone else's words, whatever they say.</summary>
public sealed record ForwardedInput : Input;
