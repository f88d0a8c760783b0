using NodaTime;
using NodaTime.Text;

namespace HipBot.Chats;

/// <summary>The one text form of a local date used in keys and storage: ISO "2026-11-25".</summary>
public static class ChatStorageFormat
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
