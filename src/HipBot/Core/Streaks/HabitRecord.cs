using NodaTime;

namespace HipBot.Core.Streaks;

/// <summary>A chat's running habit record: streaks, the run of misses, what has been closed, and the ladder's memory.</summary>
public sealed record HabitRecord
{
    public static readonly HabitRecord New = new();

    public StreakState Streak { get; init; } = StreakState.Empty;

    /// <summary>Missed training days in a row, over closed days.</summary>
    public int ConsecutiveMisses { get; init; }

    /// <summary>Every day up to and including this one has its outcome; null before onboarding finished.</summary>
    public LocalDate? LastClosedDate { get; init; }

    /// <summary>When the user last wrote or tapped anything.</summary>
    public Instant? LastUserInputAt { get; init; }

    public LocalDate? LastUnsolicitedOn { get; init; }

    public string? LastVariantKey { get; init; }

    public bool FarewellSent { get; init; }

    /// <summary>When the user was last welcomed back, so one return gets one welcome.</summary>
    public Instant? WelcomedAt { get; init; }

    /// <summary>First day of the current or last pause (or stop).</summary>
    public LocalDate? PausedFrom { get; init; }

    /// <summary>First day back after the pause (exclusive end); null with <see cref="PausedFrom"/> set means open-ended (/stop).</summary>
    public LocalDate? PausedUntil { get; init; }

    public bool WasPausedOn(LocalDate date) =>
        PausedFrom is { } from && date >= from && (PausedUntil is not { } until || date < until);
}
