using NodaTime;

namespace HipBot.Core.Chats;

/// <summary>A chat's own calendar: its zone and the local date it is there now.</summary>
public sealed record LocalDay(DateTimeZone Zone, LocalDate Today)
{
    /// <summary>Null until the chat has a usable time zone.</summary>
    public static LocalDay? Of(ChatState state, Instant now) =>
        state.Settings.TimeZone is { } id && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone
            ? new LocalDay(zone, now.InZone(zone).Date)
            : null;
}
