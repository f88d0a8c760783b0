namespace HipBot.Core.ReEngagement;

/// <summary>The user's own progress, shown back to them when motivation dips.</summary>
/// <param name="AtLowestLevel">No level below to offer: an easier way in is the 5-minute version instead.</param>
public sealed record ProgressSnapshot(int TotalSessions, int BestStreak, int TotalReps, bool AtLowestLevel = false);
