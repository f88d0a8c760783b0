using HipBot.Core.Training;
using NodaTime;
using NodaTime.TimeZones;

namespace HipBot.Core.Plans;

/// <summary>When a local wall-clock reminder falls, in a zone that may change its offset.</summary>
public static class ReminderCalendar
{
    /// <summary>
    /// A time skipped by a daylight-saving jump fires at the first instant after the gap;
    /// a time that happens twice fires at the first of the two, so it fires once.
    /// </summary>
    public static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    public static Instant At(LocalDate date, LocalTime time, DateTimeZone zone) =>
        (date + time).InZone(zone, Resolver).ToInstant();

    /// <summary>The first training-day reminder strictly after <paramref name="after"/>.</summary>
    public static LocalDate NextDate(DateTimeZone zone, LocalTime time, TrainingDays days, Instant after)
    {
        if ((days & TrainingDays.EveryDay) == TrainingDays.None)
        {
            throw new ArgumentException("At least one training day is needed.", nameof(days));
        }
        var date = after.InZone(zone).Date;
        while (!days.Includes(date) || At(date, time, zone) <= after)
        {
            date = date.PlusDays(1);
        }
        return date;
    }
}
