namespace HipBot.Core.Messages;

/// <summary>An inline button: the label a user sees and the callback data (at most 64 bytes) it sends back.</summary>
public sealed record Button(string Text, string Data);

/// <summary>A message the core wants a user to see, free of any Telegram type.</summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<Button>>? Buttons = null)
{
    public static Reply WithButtons(string text, params IReadOnlyList<Button>[] rows) => new(text, rows);
}
