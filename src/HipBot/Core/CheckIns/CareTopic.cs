namespace HipBot.Core.CheckIns;

/// <summary>What a runner said that calls for care rather than a log: each has its own answer.</summary>
public enum CareTopic
{
    /// <summary>"my knee hurts", "pulled a hamstring", "pain 6/10".</summary>
    Pain = 0,

    /// <summary>"got the flu", "feeling sick", "under the weather".</summary>
    Illness = 1,

    /// <summary>"travelling this week", "on holiday till the 20th".</summary>
    Travel = 2,
}
