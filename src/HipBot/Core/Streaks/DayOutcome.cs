namespace HipBot.Core.Streaks;

/// <summary>How a closed training day ended. Rest days have no outcome at all, which is what keeps them neutral.</summary>
public enum DayOutcome
{
    Done = 1,
    Partial = 2,
    Skipped = 3,
    Paused = 4,
    Missed = 5,
}
