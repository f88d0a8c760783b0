using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Setup;

/// <summary>The four onboarding answers. Null means not answered yet.</summary>
public sealed record Settings(string? TimeZone, LocalTime? ReminderTime, TrainingDays? Days, bool? HasBand)
{
    public static readonly Settings Empty = new(null, null, null, null);

    public bool IsComplete => TimeZone is not null && ReminderTime is not null && Days is not null && HasBand is not null;
}
