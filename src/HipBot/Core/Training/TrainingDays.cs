using NodaTime;

namespace HipBot.Core.Training;

/// <summary>The weekdays a user trains on, stored as a bit mask (Monday = bit 0).</summary>
[Flags]
public enum TrainingDays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Weekdays = Monday | Tuesday | Wednesday | Thursday | Friday,
    MonWedFri = Monday | Wednesday | Friday,
    EveryDay = Weekdays | Saturday | Sunday,
}

public static class TrainingDaysExtensions
{
    public static TrainingDays Of(IsoDayOfWeek day) => (TrainingDays)(1 << ((int)day - 1));

    public static bool Includes(this TrainingDays days, IsoDayOfWeek day) => (days & Of(day)) != 0;

    public static bool Includes(this TrainingDays days, LocalDate date) => days.Includes(date.DayOfWeek);

    public static int Count(this TrainingDays days) => System.Numerics.BitOperations.PopCount((uint)(days & TrainingDays.EveryDay));

    /// <summary>"every day", "weekdays", "Mon, Wed, Fri" — the words a user sees in summaries.</summary>
    public static string Describe(this TrainingDays days)
    {
        days &= TrainingDays.EveryDay;
        if (days == TrainingDays.EveryDay)
        {
            return "every day";
        }
        if (days == TrainingDays.Weekdays)
        {
            return "weekdays";
        }
        if (days == TrainingDays.None)
        {
            return "no days";
        }
        var names = Enum.GetValues<IsoDayOfWeek>()
            .Where(d => d != IsoDayOfWeek.None && days.Includes(d))
            .Select(d => d.ToString()[..3]);
        return string.Join(", ", names);
    }
}
