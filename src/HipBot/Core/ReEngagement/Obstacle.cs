namespace HipBot.Core.ReEngagement;

/// <summary>The answers to "what got in the way?" after two missed days.</summary>
public enum Obstacle
{
    NoTime = 0,
    SoreOrHurt = 1,
    Forgot = 2,
    NotMotivated = 3,
}
