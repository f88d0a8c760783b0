namespace HipBot.TelegramEmulator;

/// <summary>
/// A supergroup with the bot in it. Members act through <see cref="ScriptedUser"/> methods that take the group.
/// Privacy mode is on by default, as for every Telegram bot: the bot only gets commands, replies to its messages,
/// mentions of it and button presses, unless privacy mode is off or the bot is an admin.
/// </summary>
public sealed class ScriptedGroup : ScriptedChat
{
    internal ScriptedGroup(EmulatorState state, long id, string title)
        : base(state)
    {
        Log = ChatLog.ForGroup(id, title);
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

    /// <summary>Makes a member an administrator (getChatMember then says "administrator").</summary>
    public void Promote(ScriptedUser user) => SetRole(user, MemberRole.Administrator, onlyIfAbsent: false);

    public void RemoveMember(ScriptedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (State.Gate)
        {
            Log.Members.Remove(user.Id);
        }
    }

    public override string ToString() => $"{Title} ({Id})";

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
