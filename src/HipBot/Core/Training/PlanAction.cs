namespace HipBot.Core.Training;

/// <summary>What a plan-message button asks for.</summary>
public enum PlanAction
{
    Done = 0,
    Log = 1,
    Skip = 2,
    Snooze = 3,
}
