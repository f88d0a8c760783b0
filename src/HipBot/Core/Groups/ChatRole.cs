namespace HipBot.Core.Groups;

/// <summary>What Telegram says a user is in a group (getChatMember's status), stripped of Telegram's types.</summary>
public enum ChatRole
{
    Creator,
    Administrator,
    Member,
    Restricted,
    Left,
    Kicked,
}

/// <summary>Who acted in a group, as far as the update shows.</summary>
public abstract record Actor
{
    private protected Actor()
    {
    }
}

/// <summary>A person; <paramref name="Role"/> is what getChatMember said (the shell asks before the turn), null when not asked.</summary>
public sealed record PersonActor(long UserId, string FirstName, ChatRole? Role) : Actor;

/// <summary>An anonymous admin writing as the group (sender_chat): no person to check, so they are asked to come to a private chat.</summary>
public sealed record AnonymousAdmin : Actor;

/// <summary>Who may run a challenge: a decision, never a guess from which buttons or command menu someone saw.</summary>
public static class GroupAuthorization
{
    public static bool IsAdmin(ChatRole? role) => role is ChatRole.Creator or ChatRole.Administrator;

    public static AdminDecision Decide(Actor actor) => actor switch
    {
        AnonymousAdmin => AdminDecision.ProveInPrivate,
        PersonActor { Role: var role } when IsAdmin(role) => AdminDecision.Allowed,
        _ => AdminDecision.Refused,
    };
}

public enum AdminDecision
{
    Allowed,

    /// <summary>Not an admin (or Telegram would not say): a polite no, and nothing changes.</summary>
    Refused,

    /// <summary>An anonymous admin: sent to their private chat, where getChatMember can check who they are.</summary>
    ProveInPrivate,
}
