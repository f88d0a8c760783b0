using HipBot.CheckIns;
using NodaTime;

namespace HipBot.Chats;

/// <summary>What the shell loads beside the chat's state so the core can decide without touching storage.</summary>
/// <param name="Logs">The chat's check-ins of the last weeks, by local date.</param>
/// <param name="Latest">The latest check-in, for /undo.</param>
/// <param name="LastCheckInDate">The last local date anything was logged, however long ago.</param>
public sealed record ChatContext(Instant Now, Logbook Logs, LatestCheckIn? Latest = null, LocalDate? LastCheckInDate = null)
{
    public static ChatContext At(Instant now) => new(now, Logbook.Empty);
}
