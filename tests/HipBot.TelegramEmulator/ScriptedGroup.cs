using System.Text.Json.Nodes;
using HipBot.TelegramEmulator.Wire;

namespace HipBot.TelegramEmulator;

/// <summary>
/// A supergroup with the bot in it. Members act through <see cref="ScriptedUser"/> methods that take the group.
/// Privacy mode is on by default, as for every Telegram bot: the bot only gets commands, replies to its messages,
/// mentions of it and button presses, unless privacy mode is off or the bot is an admin.
/// </summary>
public sealed class ScriptedGroup : ScriptedChat
{
    internal ScriptedGroup(EmulatorState state, long id, string title, bool supergroup = true)
        : base(state)
    {
        Log = ChatLog.ForGroup(id, title, supergroup);
        Title = title;
    }

    public long Id => ChatId;

    public string Title { get; }

    public bool PrivacyMode
    {
        get
        {
            lock (State.Gate)
            {
                return Log.PrivacyMode;
            }
        }

        set
        {
            lock (State.Gate)
            {
                Log.PrivacyMode = value;
            }
        }
    }

    /// <summary>An admin bot sees every message, privacy mode or not, and getChatMember reports it as administrator.</summary>
    public bool BotIsAdmin
    {
        get
        {
            lock (State.Gate)
            {
                return Log.BotIsAdmin;
            }
        }

        set
        {
            lock (State.Gate)
            {
                Log.BotIsAdmin = value;
            }
        }
    }

    public IReadOnlyList<ScriptedUser> Members
    {
        get
        {
            lock (State.Gate)
            {
                return [.. Log.Members.Keys.Select(id => State.FindUser(id)!)];
            }
        }
    }

    /// <summary>Adds a member silently (no service message, no update).</summary>
    public void AddMember(ScriptedUser user) => SetRole(user, MemberRole.Member, onlyIfAbsent: true);

    /// <summary>
    /// Makes a member an administrator (getChatMember then says "administrator"). An admin bot that asked for
    /// chat_member in allowed_updates gets the change as an update.
    /// </summary>
    public void Promote(ScriptedUser user) => ChangeRole(user, MemberRole.Administrator);

    /// <summary>Makes an administrator a plain member again, with a chat_member update as for <see cref="Promote"/>.</summary>
    public void Demote(ScriptedUser user) => ChangeRole(user, MemberRole.Member);

    /// <summary>Removes a member silently (no service message, no update).</summary>
    public void RemoveMember(ScriptedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (State.Gate)
        {
            Log.Members.Remove(user.Id);
        }
    }

    /// <summary>
    /// A user joins as Telegram shows it: a new_chat_members service message (every bot gets it, privacy mode or not)
    /// and, for an admin bot that asked for them, a chat_member update.
    /// </summary>
    public SentMessage Join(ScriptedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (State.Gate)
        {
            var before = Status(user.Id);
            Log.Members[user.Id] = MemberRole.Member;
            var message = PostService(user, new JsonObject { ["new_chat_members"] = new JsonArray(WireJson.User(user)) });
            QueueChatMember(user, user, before, "member");
            return message;
        }
    }

    /// <summary>A user leaves: a left_chat_member service message and, for an admin bot that asked, a chat_member update.</summary>
    public SentMessage Leave(ScriptedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (State.Gate)
        {
            var before = Status(user.Id);
            Log.Members.Remove(user.Id);
            var message = PostService(user, new JsonObject { ["left_chat_member"] = WireJson.User(user) });
            QueueChatMember(user, user, before, "left");
            return message;
        }
    }

    /// <summary>Whether the bot is in the group at all; false after <see cref="RemoveBot"/>.</summary>
    public bool BotIsMember
    {
        get
        {
            lock (State.Gate)
            {
                return !Log.BotKicked;
            }
        }
    }

    /// <summary>An admin removes the bot: it gets my_chat_member (→ kicked) and every later send fails with 403 "kicked".</summary>
    public void RemoveBot(ScriptedUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        lock (State.Gate)
        {
            var before = Log.BotIsAdmin ? "administrator" : "member";
            Log.BotKicked = true;
            Log.BotIsAdmin = false;
            Log.Touch();
            QueueMyChatMember(by, before, "kicked");
        }
    }

    /// <summary>
    /// Someone adds the bot (again): my_chat_member (→ member or administrator) and a new_chat_members service message
    /// naming the bot.
    /// </summary>
    public void AddBot(ScriptedUser by, bool asAdmin = false)
    {
        ArgumentNullException.ThrowIfNull(by);
        lock (State.Gate)
        {
            var before = Log.BotKicked ? "kicked" : "left";
            Log.BotKicked = false;
            Log.BotIsAdmin = asAdmin;
            QueueMyChatMember(by, before, asAdmin ? "administrator" : "member");
            PostService(by, new JsonObject { ["new_chat_members"] = new JsonArray(WireJson.Bot(State)) });
        }
    }

    /// <summary>Whether the bot, when it is an admin, may pin messages (the can_pin_messages right).</summary>
    public bool BotMayPin
    {
        get
        {
            lock (State.Gate)
            {
                return Log.BotMayPin;
            }
        }

        set
        {
            lock (State.Gate)
            {
                Log.BotMayPin = value;
            }
        }
    }

    public int? PinnedMessageId
    {
        get
        {
            lock (State.Gate)
            {
                return Log.PinnedMessageId;
            }
        }
    }

    public bool IsSupergroup => Log.IsSupergroup;

    public bool IsForum
    {
        get
        {
            lock (State.Gate)
            {
                return Log.IsForum;
            }
        }
    }

    /// <summary>The supergroup id after <see cref="MigrateToSupergroup"/>; null before.</summary>
    public long? MigratedTo
    {
        get
        {
            lock (State.Gate)
            {
                return Log.MigratedTo;
            }
        }
    }

    /// <summary>
    /// Upgrades this basic group to a supergroup, as Telegram does when a group turns on topics or grows: the old chat gets
    /// a service message with migrate_to_chat_id, the new one a message with migrate_from_chat_id, members and the
    /// bot's rights move over, and every later call on the old id fails with a 400 carrying parameters.migrate_to_chat_id.
    /// </summary>
    public ScriptedGroup MigrateToSupergroup(ScriptedUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        lock (State.Gate)
        {
            if (Log.IsSupergroup || Log.MigratedTo is not null)
            {
                throw new InvalidOperationException($"Only a basic group can be upgraded; the {Log.Describe()} is not one.");
            }

            var upgraded = new ScriptedGroup(State, State.NewGroupId(), Title);
            State.Register(upgraded.Log);
            foreach (var (id, role) in Log.Members)
            {
                upgraded.Log.Members[id] = role;
            }

            upgraded.Log.PrivacyMode = Log.PrivacyMode;
            upgraded.Log.BotIsAdmin = Log.BotIsAdmin;
            upgraded.Log.BotMayPin = Log.BotMayPin;
            PostService(by, new JsonObject { ["migrate_to_chat_id"] = upgraded.Id });
            Log.MigratedTo = upgraded.Id;
            upgraded.PostService(by, new JsonObject { ["migrate_from_chat_id"] = Id });
            return upgraded;
        }
    }

    /// <summary>Turns the supergroup into a forum (topics on). Its General topic has no thread id.</summary>
    public void EnableTopics()
    {
        lock (State.Gate)
        {
            if (!Log.IsSupergroup)
            {
                throw new InvalidOperationException("Only supergroups have topics; migrate the group first.");
            }

            Log.IsForum = true;
        }
    }

    /// <summary>Creates a forum topic; its message_thread_id is the id of the forum_topic_created service message.</summary>
    public int CreateTopic(string name, ScriptedUser by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(by);
        lock (State.Gate)
        {
            if (!Log.IsForum)
            {
                throw new InvalidOperationException($"The {Log.Describe()} is no forum; call EnableTopics() first.");
            }

            var created = Log.Add(new MessageState
            {
                Chat = Log,
                From = by,
                Date = State.NowUnix(),
                Service = new JsonObject { ["forum_topic_created"] = new JsonObject { ["name"] = name, ["icon_color"] = 7322096 } },
            });
            Log.Topics[created.Id] = new ForumTopic(created.Id, name);
            return created.Id;
        }
    }

    /// <summary>Closes a topic: the bot's sends into it fail with 400 TOPIC_CLOSED.</summary>
    public void CloseTopic(int threadId) => WithTopic(threadId, topic => topic.Closed = true);

    public void ReopenTopic(int threadId) => WithTopic(threadId, topic => topic.Closed = false);

    /// <summary>Deletes a topic: the bot's sends into it fail with 400 "message thread not found".</summary>
    public void DeleteTopic(int threadId) => WithTopic(threadId, topic => topic.Deleted = true);

    public override string ToString() => $"{Title} ({Id})";

    // Caller holds the lock.
    internal SentMessage PostService(ScriptedUser by, JsonObject fields)
    {
        var message = Log.Add(new MessageState { Chat = Log, From = by, Date = State.NowUnix(), Service = fields });
        if (!Log.BotKicked)
        {
            message.UpdateId = State.Updates.Enqueue("message", id => WireJson.Update(id, "message", WireJson.Message(message, State)));
        }

        return message.Snapshot();
    }

    private void WithTopic(int threadId, Action<ForumTopic> change)
    {
        lock (State.Gate)
        {
            change(Log.Topics.GetValueOrDefault(threadId) ?? throw new ArgumentException($"No topic {threadId} in the {Log.Describe()}.", nameof(threadId)));
        }
    }

    private string Status(long userId) => Log.Members.TryGetValue(userId, out var role)
        ? role switch
        {
            MemberRole.Creator => "creator",
            MemberRole.Administrator => "administrator",
            _ => "member",
        }
        : "left";

    private void ChangeRole(ScriptedUser user, MemberRole role)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (State.Gate)
        {
            var before = Status(user.Id);
            Log.Members[user.Id] = role;
            QueueChatMember(user, user, before, Status(user.Id));
        }
    }

    // Telegram sends chat_member only to bots that are admins, and only when allowed_updates asks for it (the queue filters that).
    private void QueueChatMember(ScriptedUser by, ScriptedUser member, string before, string after)
    {
        if (!Log.BotIsAdmin || Log.BotKicked || before == after)
        {
            return;
        }

        State.Updates.Enqueue("chat_member", id => WireJson.Update(id, "chat_member", new JsonObject
        {
            ["chat"] = WireJson.Chat(Log),
            ["from"] = WireJson.User(by),
            ["date"] = State.NowUnix(),
            ["old_chat_member"] = WireJson.ChatMember(WireJson.User(member), before),
            ["new_chat_member"] = WireJson.ChatMember(WireJson.User(member), after),
        }));
    }

    private void QueueMyChatMember(ScriptedUser by, string before, string after) =>
        State.Updates.Enqueue("my_chat_member", id => WireJson.Update(id, "my_chat_member", new JsonObject
        {
            ["chat"] = WireJson.Chat(Log),
            ["from"] = WireJson.User(by),
            ["date"] = State.NowUnix(),
            ["old_chat_member"] = WireJson.ChatMember(WireJson.Bot(State), before),
            ["new_chat_member"] = WireJson.ChatMember(WireJson.Bot(State), after),
        }));

    internal void SetRole(ScriptedUser user, MemberRole role, bool onlyIfAbsent)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (State.Gate)
        {
            if (!onlyIfAbsent || !Log.Members.ContainsKey(user.Id))
            {
                Log.Members[user.Id] = role;
            }
        }
    }
}
