namespace HipBot.Core.Streaks;

/// <summary>The most a user logged for one day, read from the day's whole log (see <see cref="DayClosing.Logged"/>).</summary>
public enum LoggedWork
{
    Nothing = 0,
    Skipped = 1,
    Partial = 2,
    Full = 3,
}
