using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Chats;

/// <summary>The one text form of a local date in keys, callback data and storage: ISO "2026-11-25".</summary>
public static class IsoDate
{
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Reads a date this code wrote; anything else is a broken invariant and throws.</summary>
    public static LocalDate Parse(string text) => LocalDatePattern.Iso.Parse(text).GetValueOrThrow();

    /// <summary>Reads a date from outside (a button's data); null for anything that is not one, never throws.</summary>
    public static LocalDate? TryParse(string text) => LocalDatePattern.Iso.Parse(text) is { Success: true } date ? date.Value : null;
}
