namespace HipBot.Core.ReEngagement;

/// <summary>The user's own progress, shown back to them when motivation dips.</summary>
public sealed record ProgressSnapshot(int TotalSessions, int BestStreak, int TotalReps);
