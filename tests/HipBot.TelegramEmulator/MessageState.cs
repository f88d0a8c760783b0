using System.Text.Json.Nodes;

namespace HipBot.TelegramEmulator;

/// <summary>The live, mutable state of one message. Only touched under the emulator's lock; the outside world sees <see cref="SentMessage"/> snapshots.</summary>
internal sealed class MessageState
{
    public int Id { get; set; }

    public required ChatLog Chat { get; init; }

    /// <summary>Null for the bot's own messages.</summary>
    public ScriptedUser? From { get; init; }

    public bool IsFromBot => From is null;

    public long Date { get; init; }

    public long? EditDate { get; set; }

    public string? Text { get; set; }

    public string? RawText { get; set; }

    public string? ParseMode { get; set; }

    /// <summary>Entities of user messages (bot_command, mention), kept as wire JSON.</summary>
    public JsonArray? Entities { get; init; }

    /// <summary>The inline keyboard as wire JSON (null when none), echoed in Message objects as Telegram does.</summary>
    public JsonObject? InlineKeyboard { get; set; }

    public IReadOnlyList<IReadOnlyList<InlineButton>> Buttons { get; set; } = [];

    public IReadOnlyList<IReadOnlyList<string>> ReplyKeyboard { get; init; } = [];

    public MessageState? ReplyTo { get; init; }

    public SharedLocation? Location { get; init; }

    public ForwardOrigin? ForwardedFrom { get; init; }

    public SentFile? Document { get; init; }

    public SentFile? Photo { get; init; }

    /// <summary>The caption of a document or photo as a client shows it; null when there is none.</summary>
    public string? Caption { get; init; }

    /// <summary>The forum topic the message is in; null outside forums and in the General topic.</summary>
    public int? ThreadId { get; init; }

    /// <summary>Sent with disable_notification: members get it without a sound.</summary>
    public bool Silent { get; init; }

    /// <summary>Written by an anonymous admin: Telegram shows the group as sender (sender_chat) and GroupAnonymousBot as from.</summary>
    public bool AnonymousAdmin { get; init; }

    /// <summary>The fields of a service message (new_chat_members, left_chat_member, migrate_to_chat_id, …), merged into the Message object.</summary>
    public JsonObject? Service { get; init; }

    /// <summary>The emoji the bot set on this message with setMessageReaction.</summary>
    public List<string> BotReactions { get; } = [];

    public int EditCount { get; set; }

    public bool Deleted { get; set; }

    public int? UpdateId { get; set; }

    public SentMessage Snapshot() => new()
    {
        ChatId = Chat.Id,
        MessageId = Id,
        IsFromBot = IsFromBot,
        FromUserId = From?.Id,
        Text = Text,
        RawText = RawText,
        ParseMode = ParseMode,
        Buttons = Buttons,
        ReplyKeyboard = ReplyKeyboard,
        EditCount = EditCount,
        Date = DateTimeOffset.FromUnixTimeSeconds(Date),
        EditDate = EditDate is { } edited ? DateTimeOffset.FromUnixTimeSeconds(edited) : null,
        ReplyToMessageId = ReplyTo?.Id,
        Location = Location,
        ForwardedFrom = ForwardedFrom?.SenderName,
        Document = Document,
        Photo = Photo,
        Caption = Caption,
        IsDeleted = Deleted,
        ThreadId = ThreadId,
        IsSilent = Silent,
        IsAnonymousAdmin = AnonymousAdmin,
        Service = Service is { } service ? string.Join(",", service.Select(p => p.Key)) : null,
        BotReactions = [.. BotReactions],
        IsPinned = Chat.PinnedMessageId == Id,
        UpdateId = UpdateId,
    };
}

/// <summary>Who wrote a forwarded message originally, and when (Unix seconds): Telegram's forward_origin of type "user".</summary>
internal sealed record ForwardOrigin(long SenderId, string SenderName, long Date);
