using System.Text.Json.Serialization;

namespace HipBot.Core.Messages;

/// <summary>An inline button: the label a user sees and the callback data (at most 64 bytes) it sends back.</summary>
public sealed record Button(string Text, string Data)
{
    /// <summary>A link the button opens instead of sending data back (a t.me deep link into a private chat).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    public static Button Link(string text, string url) => new(text, "") { Url = url };
}

/// <summary>A message the core wants a user to see, free of any Telegram type.</summary>
public sealed record Reply(string Text, IReadOnlyList<IReadOnlyList<Button>>? Buttons = null)
{
    public static Reply WithButtons(string text, params IReadOnlyList<Button>[] rows) => new(text, rows);
}
