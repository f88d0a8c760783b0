using System.Globalization;
using HipBot.Core.Setup.Parsing;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Setup;

public static class SettingsSummary
{
    public static string Describe(Settings settings) => string.Join('\n',
        "🌍 Time zone: " + (settings.TimeZone is { } zone ? DescribeZone(zone) : "not set"),
        "⏰ Reminder: " + (settings.ReminderTime is { } time ? Clock(time) : "not set"),
        "📅 Days: " + settings.Schedule switch
        {
            WeeklyTarget weekly => $"{weekly.Describe()} (plans on {weekly.Preferred.Describe()} while the week needs them)",
            { } schedule => schedule.Describe(),
            null => "not set",
        },
        "🎗 Band: " + settings.HasBand switch { true => "yes", false => "not yet", null => "not set" });

    public static string Clock(LocalTime time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DescribeZone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone ? TimeZoneAnswer.Describe(zone) : id;
}
