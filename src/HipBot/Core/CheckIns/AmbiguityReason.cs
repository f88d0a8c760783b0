namespace HipBot.Core.CheckIns;

/// <summary>Why a message that looks like a check-in could not be pinned down, so the bot can ask the right question.</summary>
public enum AmbiguityReason
{
    /// <summary>"some", "half", "didn't finish": work happened, but how much?</summary>
    HowMuch = 0,

    /// <summary>"3x", a lone "5", "40x20": numbers that do not read as sets and reps.</summary>
    Numbers = 1,

    /// <summary>"3x20 last week", "done 10 days ago": which day, or further back than HipBot files a check-in.</summary>
    When = 2,

    /// <summary>"pushups 3x20": a name HipBot does not know where an exercise would be.</summary>
    WhichExercise = 3,
}
