namespace HipBot.Core.ReEngagement;

/// <summary>Whether HipBot may reach out to a user at all.</summary>
public enum UserStatus
{
    Active = 1,
    Paused = 2,
    /// <summary>The user said stop; only their own messages are answered.</summary>
    Stopped = 3,
    /// <summary>Telegram told us the user blocked the bot.</summary>
    Blocked = 4,
}
