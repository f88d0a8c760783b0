using HipBot.Core.Chats;
using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>What the shell loads beside a group's state so the core can decide without touching storage.</summary>
/// <param name="Members">Everyone who ever joined the board, each with their private record for the weeks the board looks at.</param>
public sealed record GroupContext(Instant Now, IReadOnlyList<MemberRecord> Members)
{
    public static GroupContext At(Instant now) => new(now, []);

    /// <summary>
    /// The private chat the turn touches and its context: the member checking in, the member an admin corrects, or the
    /// admin opening a setup link (for their zone). Null when the turn touches none.
    /// </summary>
    public (ChatState? State, ChatContext Context)? Member { get; init; }

    /// <summary>The setup link a /start payload named, when the turn is about one.</summary>
    public SetupLink? Link { get; init; }

    /// <summary>A fresh random payload the shell drew, in case the turn issues a setup link.</summary>
    public string? FreshPayload { get; init; }

    /// <summary>The bot's username, for links and for commands shown as /cmd@BotName.</summary>
    public string BotUsername { get; init; } = "";

    public GroupMember? MemberOf(long userId) => Members.FirstOrDefault(m => m.Member.UserId == userId)?.Member;

    public Board BoardFor(Challenge challenge, Instant at) => FairBoard.Compute(challenge, Members, at);
}

/// <summary>What a group turn reads beyond the group's row.</summary>
[Flags]
public enum GroupNeeds
{
    /// <summary>The group and its members' names and join dates only.</summary>
    Members = 0,

    /// <summary>Each member's private state and this week's logs: the board.</summary>
    Board = 1,
}
