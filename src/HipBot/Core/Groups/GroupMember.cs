using NodaTime;

namespace HipBot.Core.Groups;

/// <summary>
/// Someone on a group's board. Their days, level and zone are their own private settings; the group keeps only when
/// they joined and the name they show. <paramref name="LeftAt"/> is set once they leave or are removed.
/// </summary>
public sealed record GroupMember(long UserId, string FirstName, Instant JoinedAt, Instant? LeftAt = null)
{
    public bool OnBoard => LeftAt is null;
}
