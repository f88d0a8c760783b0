using System.Globalization;

namespace HipBot.TelegramEmulator;

internal enum MemberRole
{
    Creator,
    Administrator,
    Member,
}

/// <summary>
/// Everything that happened in one chat: its messages in order, the test's read cursors over the bot's messages and
/// edits, and the signal that wakes waiters. Callers hold <see cref="EmulatorState.Gate"/> for every member below
/// except the immutable identity.
/// </summary>
internal sealed class ChatLog
{
    private readonly List<MessageState> _messages = [];
    private readonly Dictionary<int, MessageState> _byId = [];
    private readonly List<MessageState> _botMessages = [];
    private readonly List<SentMessage> _edits = [];
    private int _nextMessageId = 1;
    private int _readCursor;
    private int _editCursor;

    private ChatLog(long id, ScriptedUser? privateUser, string? title, bool supergroup = true)
    {
        Id = id;
        PrivateUser = privateUser;
        Title = title;
        IsSupergroup = supergroup;
        // Telegram gives each chat an opaque, stable chat_instance for callback queries.
        ChatInstance = unchecked((Id * 2654435761L) ^ 0x5DEECE66DL).ToString(CultureInfo.InvariantCulture);
    }

    public static ChatLog ForUser(ScriptedUser user) => new(user.Id, user, null);

    public static ChatLog ForGroup(long id, string title, bool supergroup = true) => new(id, null, title, supergroup);

    public long Id { get; }

    public ScriptedUser? PrivateUser { get; }

    public bool IsGroup => PrivateUser is null;

    public string? Title { get; }

    public string ChatInstance { get; }

    public AsyncPulse Changed { get; } = new();

    // Private chats.
    public bool BotBlocked { get; set; }

    public bool StartedBot { get; set; }

    // Groups.
    public Dictionary<long, MemberRole> Members { get; } = [];

    public bool PrivacyMode { get; set; } = true;

    public bool BotIsAdmin { get; set; }

    /// <summary>A basic group ("group") until it is upgraded; supergroups have -100… ids.</summary>
    public bool IsSupergroup { get; }

    public bool IsForum { get; set; }

    /// <summary>The supergroup this basic group was upgraded to; every call on the old id then fails with a 400 naming it.</summary>
    public long? MigratedTo { get; set; }

    /// <summary>The bot was removed; its sends fail with 403 until someone adds it again.</summary>
    public bool BotKicked { get; set; }

    /// <summary>Whether the bot, as an admin, holds the can_pin_messages right.</summary>
    public bool BotMayPin { get; set; } = true;

    public int? PinnedMessageId { get; set; }

    /// <summary>Forum topics by message_thread_id (the id of the service message that created the topic).</summary>
    public Dictionary<int, ForumTopic> Topics { get; } = [];

    public string Describe() => IsGroup
        ? $"group \"{Title}\" ({Id})"
        : $"private chat with {PrivateUser!.FirstName} ({Id})";

    public int UnreadCount => _botMessages.Count - _readCursor;

    public int UnreadEditCount => _edits.Count - _editCursor;

    public int BotMessageCount => _botMessages.Count;

    public MessageState Add(MessageState message)
    {
        message.Id = _nextMessageId++;
        _messages.Add(message);
        _byId[message.Id] = message;
        if (message.IsFromBot)
        {
            _botMessages.Add(message);
        }

        Changed.Pulse();
        return message;
    }

    public MessageState? Find(int messageId) => _byId.GetValueOrDefault(messageId);

    public void RecordEdit(MessageState message, long date)
    {
        message.EditCount++;
        message.EditDate = date;
        _edits.Add(message.Snapshot());
        Changed.Pulse();
    }

    public void RecordDelete(MessageState message)
    {
        message.Deleted = true;
        Changed.Pulse();
    }

    /// <summary>Wakes waiters after a change that is not about a message, such as the user blocking the bot.</summary>
    public void Touch() => Changed.Pulse();

    public ChatTranscript Transcript() => new(Id, [.. _messages.Where(m => !m.Deleted).Select(m => m.Snapshot())]);

    /// <summary>The newest bot message still showing a button with this label (or, failing that, this callback data).</summary>
    public MessageState? LatestBotMessageWithButton(string labelOrData)
    {
        for (var i = _botMessages.Count - 1; i >= 0; i--)
        {
            var message = _botMessages[i];
            if (!message.Deleted && FindButton(message, labelOrData) is not null)
            {
                return message;
            }
        }

        return null;
    }

    public static InlineButton? FindButton(MessageState message, string labelOrData)
    {
        var buttons = message.Buttons.SelectMany(row => row).ToList();
        return buttons.FirstOrDefault(b => b.Text == labelOrData) ?? buttons.FirstOrDefault(b => b.CallbackData == labelOrData);
    }

    public SentMessage? TryReadNext() => _readCursor < _botMessages.Count ? _botMessages[_readCursor++].Snapshot() : null;

    public SentMessage? TryReadNextEdit() => _editCursor < _edits.Count ? _edits[_editCursor++] : null;

    public IReadOnlyList<SentMessage> ReadAll()
    {
        var unread = _botMessages.Skip(_readCursor).Select(m => m.Snapshot()).ToList();
        _readCursor = _botMessages.Count;
        _editCursor = _edits.Count;
        return unread;
    }

    public string DescribeTail(int count)
    {
        var tail = _messages.Where(m => !m.Deleted).TakeLast(count).Select(m => "  " + m.Snapshot()).ToList();
        return tail.Count == 0 ? "  (no messages)" : string.Join(Environment.NewLine, tail);
    }
}

/// <summary>A forum topic; a closed topic refuses the bot's messages, a deleted one is gone.</summary>
internal sealed class ForumTopic(int threadId, string name)
{
    public int ThreadId { get; } = threadId;

    public string Name { get; } = name;

    public bool Closed { get; set; }

    public bool Deleted { get; set; }
}
