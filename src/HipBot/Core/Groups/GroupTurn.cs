using HipBot.Core.Chats;
using HipBot.Core.Messages;
using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>
/// The result of one group step: the group's new state (null: unchanged), what to send, the group records to keep, and,
/// when a member checked in, that member's own private turn (their check-in, streak and plan message), committed with it.
/// </summary>
public sealed record GroupTurn(GroupState? Group, IReadOnlyList<Outgoing> Out)
{
    public IReadOnlyList<GroupEffect> Effects { get; init; } = [];

    /// <summary>A member's private turn, for a check-in or a correction; it is saved as if they had written privately.</summary>
    public Turn? Member { get; init; }

    public static GroupTurn Say(GroupState? group, params Outgoing[] messages) => new(group, messages);
}

/// <summary>A group record the shell saves in the turn's transaction.</summary>
public abstract record GroupEffect;

/// <summary>Puts a member on the board (again): a new join date counts from now.</summary>
public sealed record JoinBoard(long UserId, string FirstName, Instant At) : GroupEffect;

/// <summary>Takes a member off the board (/leave, leaving the group, removed by an admin). Their private record stays.</summary>
public sealed record LeaveBoard(long UserId, Instant At) : GroupEffect;

/// <summary>Keeps a setup link: single-use, for one admin (or, for an anonymous admin, whoever proves to be one), until it expires.</summary>
public sealed record IssueSetupLink(SetupLink Link) : GroupEffect;

/// <summary>The setup link was used; it never opens anything again.</summary>
public sealed record UseSetupLink(string Payload) : GroupEffect;

/// <summary>The bot is out of the group: whatever was still queued for it can never arrive, so none of it is tried.</summary>
public sealed record ForgetQueuedPosts : GroupEffect;

/// <summary>
/// The group became a supergroup with a new id: its state, members and queued messages move there. Messages already
/// sent stay under the old id (Telegram keeps them in the old chat), so today's post is posted anew.
/// </summary>
public sealed record MoveGroup(long NewGroupId) : GroupEffect;
