using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Text;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator;

/// <summary>
/// A person talking to the bot. The user's own chat-reading members (<see cref="ScriptedChat.NextMessage"/>, ...)
/// look at the private chat with the bot, whose id equals the user id as in Telegram; group actions take the group.
/// Actions complete as soon as the update is queued for the bot; they do not wait for the bot to react.
/// </summary>
public sealed class ScriptedUser : ScriptedChat
{
    internal ScriptedUser(EmulatorState state, long id, string firstName, string? username, string? languageCode, bool startedBot)
        : base(state)
    {
        Id = id;
        FirstName = firstName;
        Username = username;
        LanguageCode = languageCode;
        Log = ChatLog.ForUser(this);
        Log.StartedBot = startedBot;
    }

    public long Id { get; }

    public string FirstName { get; }

    public string? Username { get; }

    public string? LanguageCode { get; }

    public bool HasBlockedBot
    {
        get
        {
            lock (State.Gate)
            {
                return Log.BotBlocked;
            }
        }
    }

    /// <summary>Sends a text message to the bot in the private chat; commands get bot_command entities.</summary>
    public Task<SentMessage> Send(string text) => Task.FromResult(Post(Log, Required(text), null, null));

    public Task<SentMessage> Send(ScriptedGroup group, string text) => Task.FromResult(Post(GroupLog(group), Required(text), null, null));

    /// <summary>Writes in a forum topic (its message_thread_id).</summary>
    public Task<SentMessage> Send(ScriptedGroup group, int threadId, string text) =>
        Task.FromResult(Post(GroupLog(group), Required(text), null, null, threadId: threadId));

    /// <summary>
    /// Writes as an anonymous admin: the bot sees from = GroupAnonymousBot and sender_chat = the group, never who wrote it.
    /// Only admins can; <paramref name="threadId"/> puts it in a forum topic.
    /// </summary>
    public Task<SentMessage> SendAnonymously(ScriptedGroup group, string text, int? threadId = null)
    {
        var chat = GroupLog(group);
        lock (State.Gate)
        {
            if (chat.Members.GetValueOrDefault(Id, MemberRole.Member) == MemberRole.Member)
            {
                throw new InvalidOperationException($"Only admins can write anonymously; {FirstName} is no admin of the {chat.Describe()}.");
            }
        }

        return Task.FromResult(Post(chat, Required(text), null, null, threadId: threadId, anonymous: true));
    }

    /// <summary>Replies to a message (usually the bot's) in whatever chat it is in.</summary>
    public Task<SentMessage> Reply(SentMessage to, string text)
    {
        ArgumentNullException.ThrowIfNull(to);
        return Task.FromResult(PostReply(ChatOf(to), to, Required(text)));
    }

    public Task<SentMessage> Reply(ScriptedGroup group, SentMessage to, string text)
    {
        ArgumentNullException.ThrowIfNull(to);
        var chat = GroupLog(group);
        if (to.ChatId != chat.Id)
        {
            throw new ArgumentException($"Message {to.MessageId} is in chat {to.ChatId}, not in {chat.Describe()}.", nameof(to));
        }

        return Task.FromResult(PostReply(chat, to, Required(text)));
    }

    /// <summary>
    /// Forwards into the private chat a text message someone else wrote, as Telegram delivers it: from this user, with a
    /// forward_origin of type "user" whose sender_user is <paramref name="fromName"/>, a person with an id of their own.
    /// </summary>
    public Task<SentMessage> Forward(string text, string fromName)
    {
        ArgumentException.ThrowIfNullOrEmpty(fromName);
        lock (State.Gate)
        {
            var origin = new ForwardOrigin(State.NewUserId(), fromName, State.NowUnix());
            return Task.FromResult(Post(Log, Required(text), null, null, origin));
        }
    }

    public Task<SentMessage> ShareLocation(double latitude, double longitude) =>
        Task.FromResult(Post(Log, null, new SharedLocation(latitude, longitude), null));

    public Task<SentMessage> ShareLocation(ScriptedGroup group, double latitude, double longitude) =>
        Task.FromResult(Post(GroupLog(group), null, new SharedLocation(latitude, longitude), null));

    /// <summary>
    /// Presses the button with this label (or callback data) on the newest bot message in the private chat that shows it,
    /// waiting for such a message if the bot has not sent it yet.
    /// </summary>
    public Task<ButtonPress> Press(string labelOrCallbackData, TimeSpan? timeout = null) => PressLatest(Log, labelOrCallbackData, timeout);

    public Task<ButtonPress> Press(ScriptedGroup group, string labelOrCallbackData, TimeSpan? timeout = null) =>
        PressLatest(GroupLog(group), labelOrCallbackData, timeout);

    /// <summary>Presses a button on a particular, possibly old, message as it looks now.</summary>
    public Task<ButtonPress> Press(SentMessage message, string labelOrCallbackData)
    {
        ArgumentNullException.ThrowIfNull(message);
        var chat = ChatOf(message);
        lock (State.Gate)
        {
            EnsureCanWrite(chat);
            var current = LiveMessage(chat, message.MessageId);
            var button = ChatLog.FindButton(current, labelOrCallbackData)
                ?? throw new InvalidOperationException(
                    $"Message {message.MessageId} in the {chat.Describe()} has no button \"{labelOrCallbackData}\" now; it shows: {DescribeButtons(current)}.");
            return Task.FromResult(RaiseCallback(chat, current, CallbackDataOf(button)));
        }
    }

    /// <summary>Sends a callback query with arbitrary (e.g. forged or stale) data for a message, whatever its buttons say.</summary>
    public Task<ButtonPress> PressRaw(int messageId, string callbackData) => PressRaw(Log, messageId, callbackData);

    public Task<ButtonPress> PressRaw(ScriptedGroup group, int messageId, string callbackData) => PressRaw(GroupLog(group), messageId, callbackData);

    /// <summary>Blocks the bot: it gets a my_chat_member update (member → kicked) and every send to this chat fails with 403.</summary>
    public Task BlockBot() => SetBlocked(true);

    /// <summary>Unblocks the bot: it gets a my_chat_member update (kicked → member) and may send again.</summary>
    public Task UnblockBot() => SetBlocked(false);

    public override string ToString() => $"{FirstName} ({Id})";

    private SentMessage PostReply(ChatLog chat, SentMessage to, string text)
    {
        lock (State.Gate)
        {
            return Post(chat, text, null, LiveMessage(chat, to.MessageId));
        }
    }

    private SentMessage Post(
        ChatLog chat, string? text, SharedLocation? location, MessageState? replyTo, ForwardOrigin? forwarded = null, int? threadId = null, bool anonymous = false)
    {
        lock (State.Gate)
        {
            EnsureCanWrite(chat);
            var message = chat.Add(new MessageState
            {
                Chat = chat,
                From = this,
                Date = State.NowUnix(),
                Text = text,
                RawText = text,
                Entities = text is null ? null : TextEntities.Detect(text),
                Location = location,
                ReplyTo = replyTo,
                ForwardedFrom = forwarded,
                // A reply stays in the topic of the message it answers.
                ThreadId = chat.IsForum ? threadId ?? replyTo?.ThreadId : null,
                AnonymousAdmin = anonymous,
            });
            if (!chat.IsGroup)
            {
                chat.StartedBot = true;
            }

            if (GroupPrivacy.DeliversToBot(message, State.Options.BotUsername))
            {
                message.UpdateId = State.Updates.Enqueue("message", id => WireJson.Update(id, "message", WireJson.Message(message, State)));
            }

            return message.Snapshot();
        }
    }

    private async Task<ButtonPress> PressLatest(ChatLog chat, string labelOrCallbackData, TimeSpan? timeout)
    {
        ArgumentException.ThrowIfNullOrEmpty(labelOrCallbackData);
        return await Waiting.UntilAsync(
            () =>
            {
                lock (State.Gate)
                {
                    EnsureCanWrite(chat);
                    var message = chat.LatestBotMessageWithButton(labelOrCallbackData);
                    return message is null
                        ? (false, null!, chat.Changed.Next)
                        : (true, RaiseCallback(chat, message, CallbackDataOf(ChatLog.FindButton(message, labelOrCallbackData)!)), Task.CompletedTask);
                }
            },
            State.Timeout(timeout),
            () => $"a bot message with a button \"{labelOrCallbackData}\" for {FirstName} to press in the {chat.Describe()}. {State.DescribeBotActivity()}"
                + $"{Environment.NewLine}Chat tail:{Environment.NewLine}{Tail(chat)}",
            State.Shutdown).ConfigureAwait(false);
    }

    private Task<ButtonPress> PressRaw(ChatLog chat, int messageId, string callbackData)
    {
        ArgumentNullException.ThrowIfNull(callbackData);
        lock (State.Gate)
        {
            EnsureCanWrite(chat);
            return Task.FromResult(RaiseCallback(chat, LiveMessage(chat, messageId), callbackData));
        }
    }

    // Caller holds the lock.
    private ButtonPress RaiseCallback(ChatLog chat, MessageState message, string data)
    {
        var callback = new CallbackState(State.NewCallbackId(), this, chat, message.Id, data);
        State.AddCallback(callback);
        var updateId = State.Updates.Enqueue("callback_query", id => WireJson.Update(id, "callback_query", new JsonObject
        {
            ["id"] = callback.Id,
            ["from"] = WireJson.User(this),
            // The message as it stands at the moment of the press, as Telegram sends it.
            ["message"] = WireJson.Message(message, State),
            ["chat_instance"] = chat.ChatInstance,
            ["data"] = data,
        }));
        return new ButtonPress(callback, updateId, State);
    }

    private Task SetBlocked(bool blocked)
    {
        lock (State.Gate)
        {
            if (Log.BotBlocked == blocked)
            {
                return Task.CompletedTask;
            }

            Log.BotBlocked = blocked;
            Log.Touch();
            var (before, after) = blocked ? ("member", "kicked") : ("kicked", "member");
            State.Updates.Enqueue("my_chat_member", id => WireJson.Update(id, "my_chat_member", new JsonObject
            {
                ["chat"] = WireJson.Chat(Log),
                ["from"] = WireJson.User(this),
                ["date"] = State.NowUnix(),
                ["old_chat_member"] = WireJson.ChatMember(WireJson.Bot(State), before),
                ["new_chat_member"] = WireJson.ChatMember(WireJson.Bot(State), after),
            }));
            return Task.CompletedTask;
        }
    }

    private void EnsureCanWrite(ChatLog chat)
    {
        if (chat.IsGroup && !chat.Members.ContainsKey(Id))
        {
            throw new InvalidOperationException($"{FirstName} is not a member of the {chat.Describe()}.");
        }

        if (chat.MigratedTo is { } newId)
        {
            throw new InvalidOperationException($"The {chat.Describe()} was upgraded to supergroup {newId}; write there.");
        }

        if (!chat.IsGroup && chat.BotBlocked)
        {
            throw new InvalidOperationException($"{FirstName} has blocked the bot; call UnblockBot() first.");
        }
    }

    private ChatLog ChatOf(SentMessage message)
    {
        lock (State.Gate)
        {
            var chat = State.FindChat(message.ChatId) ?? throw new ArgumentException($"Chat {message.ChatId} is not an emulated chat.", nameof(message));
            if (!chat.IsGroup && chat.Id != Id)
            {
                throw new InvalidOperationException($"{FirstName} cannot act in the {chat.Describe()}.");
            }

            return chat;
        }
    }

    private static ChatLog GroupLog(ScriptedGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return group.Log;
    }

    private static MessageState LiveMessage(ChatLog chat, int messageId)
    {
        var message = chat.Find(messageId) ?? throw new InvalidOperationException($"There is no message {messageId} in the {chat.Describe()}.");
        return message.Deleted ? throw new InvalidOperationException($"Message {messageId} in the {chat.Describe()} was deleted.") : message;
    }

    private static string CallbackDataOf(InlineButton button) =>
        button.CallbackData ?? throw new InvalidOperationException($"Button \"{button.Text}\" opens {button.Url ?? "something"}; pressing it sends the bot no callback.");

    private static string DescribeButtons(MessageState message) =>
        message.Buttons.Count == 0 ? "no buttons" : string.Join(", ", message.Buttons.SelectMany(r => r).Select(b => $"\"{b.Text}\" ({b.CallbackData ?? b.Url})"));

    private string Tail(ChatLog chat)
    {
        lock (State.Gate)
        {
            return chat.DescribeTail(5);
        }
    }

    private static string Required(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return text;
    }
}
