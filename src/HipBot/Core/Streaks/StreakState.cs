namespace HipBot.Core.Streaks;

/// <summary>Streaks count training sessions, not calendar days, so rest days never matter.</summary>
public sealed record StreakState(int Current, int Best)
{
    public static StreakState Empty { get; } = new(0, 0);
}
