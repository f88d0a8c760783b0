// TEMPORARY until the parsers land (helper work); deleted then.
using HipBot.Training;
using NodaTime;
namespace HipBot.Dialogue.Parsing;
internal static class TimeZoneAnswer
{
    public static DateTimeZone? Parse(string text) => DateTimeZoneProviders.Tzdb.GetZoneOrNull(text.Trim());
    public static DateTimeZone Nearest(double latitude, double longitude) => DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    public static string Describe(DateTimeZone zone) => zone.Id;
}
internal static class TimeOfDayAnswer
{
    public static LocalTime? Parse(string text) => NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("H:mm").Parse(text.Trim()) is { Success: true } r ? r.Value : null;
}
internal static class TrainingDaysAnswer
{
    public static TrainingDays? Parse(string text) => text.Trim() == "mon wed fri" ? TrainingDays.MonWedFri : null;
}
internal static class YesNoAnswer
{
    public static bool? Parse(string text) => text.Trim() switch { "yes" => true, "no" => false, _ => null };
}
