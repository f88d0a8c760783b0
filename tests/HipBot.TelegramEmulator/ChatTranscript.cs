using System.Collections;

namespace HipBot.TelegramEmulator;

/// <summary>A chat as it stands at one moment: every message not deleted, edits applied, user and bot messages in order.</summary>
public sealed class ChatTranscript : IReadOnlyList<SentMessage>
{
    private readonly IReadOnlyList<SentMessage> _messages;

    internal ChatTranscript(long chatId, IReadOnlyList<SentMessage> messages)
    {
        ChatId = chatId;
        _messages = messages;
    }

    public long ChatId { get; }

    public int Count => _messages.Count;

    public SentMessage this[int index] => _messages[index];

    public IEnumerable<SentMessage> FromBot => _messages.Where(m => m.IsFromBot);

    public IEnumerable<SentMessage> FromUsers => _messages.Where(m => !m.IsFromBot);

    public SentMessage? LastFromBot => _messages.LastOrDefault(m => m.IsFromBot);

    public SentMessage? Find(int messageId) => _messages.FirstOrDefault(m => m.MessageId == messageId);

    /// <summary>Whether any bot message says <paramref name="text"/>, in its text or in a file's caption.</summary>
    public bool AnyFromBotContaining(string text) =>
        FromBot.Any(m => (m.Text ?? m.Caption)?.Contains(text, StringComparison.Ordinal) == true);

    public IEnumerator<SentMessage> GetEnumerator() => _messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _messages.Count == 0 ? "(empty chat)" : string.Join(Environment.NewLine, _messages);
}
