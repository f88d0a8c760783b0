using System.Text;

namespace HipBot.TelegramEmulator;

/// <summary>
/// An immutable snapshot of one message in an emulated chat, as it stood when the snapshot was taken.
/// Bot messages and user messages share this type so a transcript reads in order.
/// </summary>
public sealed record SentMessage
{
    public required long ChatId { get; init; }

    public required int MessageId { get; init; }

    public required bool IsFromBot { get; init; }

    /// <summary>The scripted user who wrote it; null for bot messages.</summary>
    public long? FromUserId { get; init; }

    /// <summary>The text as a Telegram client shows it: parse_mode markup rendered away, entities decoded.</summary>
    public string? Text { get; init; }

    /// <summary>The text exactly as the bot sent it, markup included.</summary>
    public string? RawText { get; init; }

    public string? ParseMode { get; init; }

    /// <summary>Rows of inline keyboard buttons; empty when the message has none.</summary>
    public IReadOnlyList<IReadOnlyList<InlineButton>> Buttons { get; init; } = [];

    /// <summary>Rows of reply-keyboard labels (the keyboard that replaces the phone keyboard); empty when none was sent.</summary>
    public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard { get; init; } = [];

    public int EditCount { get; init; }

    public DateTimeOffset Date { get; init; }

    public DateTimeOffset? EditDate { get; init; }

    public int? ReplyToMessageId { get; init; }

    public SharedLocation? Location { get; init; }

    /// <summary>For a forwarded message, the first name of the person who wrote it; null otherwise.</summary>
    public string? ForwardedFrom { get; init; }

    /// <summary>The file of a sendDocument, with its bytes.</summary>
    public SentFile? Document { get; init; }

    /// <summary>The picture of a sendPhoto, with its bytes as uploaded.</summary>
    public SentFile? Photo { get; init; }

    /// <summary>The caption under a document or photo, as a client shows it.</summary>
    public string? Caption { get; init; }

    public bool IsDeleted { get; init; }

    /// <summary>The forum topic (message_thread_id) the message is in; null outside topics.</summary>
    public int? ThreadId { get; init; }

    /// <summary>The bot sent it with disable_notification.</summary>
    public bool IsSilent { get; init; }

    /// <summary>An anonymous admin wrote it: the bot saw the group as sender, not the person.</summary>
    public bool IsAnonymousAdmin { get; init; }

    /// <summary>For a service message, the names of its fields ("new_chat_members", "migrate_to_chat_id", …); null for ordinary messages.</summary>
    public string? Service { get; init; }

    /// <summary>The reactions the bot set on this message, as emoji.</summary>
    public IReadOnlyList<string> BotReactions { get; init; } = [];

    /// <summary>Whether this is the chat's pinned message now.</summary>
    public bool IsPinned { get; init; }

    /// <summary>The update that carried this user message to the bot; null for bot messages and for group messages privacy mode withheld.</summary>
    public int? UpdateId { get; init; }

    public IEnumerable<InlineButton> AllButtons => Buttons.SelectMany(row => row);

    public bool HasButton(string labelOrCallbackData) => FindButton(labelOrCallbackData) is not null;

    /// <summary>Finds a button by its label first, then by its callback data.</summary>
    public InlineButton? FindButton(string labelOrCallbackData) =>
        AllButtons.FirstOrDefault(b => b.Text == labelOrCallbackData)
        ?? AllButtons.FirstOrDefault(b => b.CallbackData == labelOrCallbackData);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(IsFromBot ? "bot" : $"user {FromUserId}").Append(" #").Append(MessageId).Append(": ");
        if (ForwardedFrom is { } author)
        {
            text.Append("[forwarded from ").Append(author).Append("] ");
        }

        text.Append(
            Service is { } service ? $"[{service}]"
            : Location is { } at ? $"[location {at.Latitude}, {at.Longitude}]"
            : Document is { } document ? $"[document {document.FileName}, {document.Size} bytes] {Caption}"
            : Photo is { } photo ? $"[photo {photo.Width}×{photo.Height}, {photo.Size} bytes] {Caption}"
            : Text);
        if (Buttons.Count > 0)
        {
            text.Append(" [").AppendJoin(" | ", Buttons.Select(row => string.Join(", ", row.Select(b => b.Text)))).Append(']');
        }

        if (EditCount > 0)
        {
            text.Append(" (edited ").Append(EditCount).Append("x)");
        }

        return text.ToString();
    }
}

/// <summary>An inline keyboard button: exactly one of <see cref="CallbackData"/> and <see cref="Url"/> is usually set.</summary>
public sealed record InlineButton(string Text, string? CallbackData, string? Url = null);

public sealed record SharedLocation(double Latitude, double Longitude);
