using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Setup;

/// <summary>The four onboarding answers. Null means not answered yet.</summary>
/// <param name="Days">The weekdays plans come on: the training days, or in weekly mode the preferred ones.</param>
public sealed record Settings(string? TimeZone, LocalTime? ReminderTime, TrainingDays? Days, bool? HasBand)
{
    public static readonly Settings Empty = new(null, null, null, null);

    /// <summary>Sessions a week on any days ("3 times a week, any days"); null for fixed weekdays.</summary>
    public int? TimesPerWeek { get; init; }

    /// <summary>The schedule the days answer makes; null until answered.</summary>
    public TrainingSchedule? Schedule => Days is not { } days ? null
        : TimesPerWeek is { } times ? new WeeklyTarget(times, days)
        : new FixedDays(days);

    public bool IsComplete => TimeZone is not null && ReminderTime is not null && Days is not null && HasBand is not null;
}
