namespace HipBot.Core.Training;

/// <summary>The three hip exercises HipBot coaches; every one is done on both sides.</summary>
public enum Exercise
{
    Clamshell = 1,
    SideLegRaise = 2,
    TravelingSideSquat = 3,
}
