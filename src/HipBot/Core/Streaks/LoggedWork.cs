namespace HipBot.Core.Streaks;

/// <summary>The most a user logged for one day. Several logs on a day combine to the strongest (see <see cref="LoggedWorkExtensions.Combine"/>).</summary>
public enum LoggedWork
{
    Nothing = 0,
    Skipped = 1,
    Partial = 2,
    Full = 3,
}

public static class LoggedWorkExtensions
{
    /// <summary>
    /// Work beats words: a day where the user said "skip" and later did a few sets is a partial day,
    /// and a full session is never downgraded by a later, smaller log.
    /// </summary>
    public static LoggedWork Combine(this LoggedWork first, LoggedWork second) => first >= second ? first : second;

    public static bool IsWork(this LoggedWork logged) => logged is LoggedWork.Full or LoggedWork.Partial;
}
