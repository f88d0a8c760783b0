namespace HipBot.TelegramEmulator;

/// <summary>
/// What a test can observe in one chat: the bot's new messages and edits (each read once, through a cursor),
/// conditions over the whole chat, and the transcript as it stands.
/// </summary>
public abstract class ScriptedChat
{
    private protected ScriptedChat(EmulatorState state) => State = state;

    private protected EmulatorState State { get; }

    internal ChatLog Log { get; private protected set; } = null!;

    public long ChatId => Log.Id;

    /// <summary>The chat now: messages in order, edits applied, deleted ones gone.</summary>
    public ChatTranscript Transcript
    {
        get
        {
            lock (State.Gate)
            {
                return Log.Transcript();
            }
        }
    }

    /// <summary>Bot messages that <see cref="NextMessage"/> has not returned yet.</summary>
    public int Unread
    {
        get
        {
            lock (State.Gate)
            {
                return Log.UnreadCount;
            }
        }
    }

    public SentMessage? LastBotMessage => Transcript.LastFromBot;

    /// <summary>The next bot message in this chat that this method has not returned before, waiting for it if needed.</summary>
    public Task<SentMessage> NextMessage(TimeSpan? timeout = null) =>
        Waiting.UntilAsync(
            () =>
            {
                lock (State.Gate)
                {
                    var next = Log.TryReadNext();
                    return (next is not null, next!, Log.Changed.Next);
                }
            },
            State.Timeout(timeout),
            () => Describe("the next bot message"),
            State.Shutdown);

    /// <summary>The next edit of any bot message in this chat (the message as that edit left it), waiting for it if needed.</summary>
    public Task<SentMessage> NextEdit(TimeSpan? timeout = null) =>
        Waiting.UntilAsync(
            () =>
            {
                lock (State.Gate)
                {
                    var next = Log.TryReadNextEdit();
                    return (next is not null, next!, Log.Changed.Next);
                }
            },
            State.Timeout(timeout),
            () => Describe("the next edit of a bot message"),
            State.Shutdown);

    /// <summary>Waits until the chat satisfies <paramref name="condition"/>, re-checking on every change, and returns the transcript that did.</summary>
    public Task<ChatTranscript> WaitUntil(Func<ChatTranscript, bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return Waiting.UntilAsync(
            () =>
            {
                ChatTranscript transcript;
                Task changed;
                lock (State.Gate)
                {
                    transcript = Log.Transcript();
                    changed = Log.Changed.Next;
                }

                // The test's condition runs outside the lock: it may be slow or throw without stalling the server.
                return (condition(transcript), transcript, changed);
            },
            State.Timeout(timeout),
            () => Describe("a condition over the chat"),
            State.Shutdown);
    }

    /// <summary>Marks every bot message and edit so far as read and returns the messages that were unread.</summary>
    public IReadOnlyList<SentMessage> ReadAll()
    {
        lock (State.Gate)
        {
            return Log.ReadAll();
        }
    }

    private string Describe(string what)
    {
        string chat, tail, counts;
        lock (State.Gate)
        {
            chat = Log.Describe();
            tail = Log.DescribeTail(5);
            counts = $"{Log.BotMessageCount} bot message(s) so far, {Log.UnreadCount} unread";
        }

        return $"{what} in the {chat}. {counts}. {State.DescribeBotActivity()}{Environment.NewLine}Chat tail:{Environment.NewLine}{tail}";
    }
}
