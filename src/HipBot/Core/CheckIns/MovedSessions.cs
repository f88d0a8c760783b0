using HipBot.Core.Chats;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.CheckIns;

/// <summary>
/// Runners move sessions around their runs: Wednesday's hip work done on Thursday is Wednesday's session, not a miss
/// followed by a bonus. Work logged on a day that is not a training day is filed on the most recent training day within
/// <see cref="ReachDays"/> days whose plan went out and is not finished yet; with none, it stays where it was done, an
/// extra session that is never counted against anything.
/// </summary>
public static class MovedSessions
{
    /// <summary>Two days back: Wednesday's session on Friday still counts, last week's does not.</summary>
    public const int ReachDays = 2;

    /// <summary>The training day work logged for <paramref name="date"/> counts for; <paramref name="date"/> itself unless it moves.</summary>
    public static LocalDate CountsFor(ChatState state, ChatContext context, LocalDate date)
    {
        // A weekly target takes work on any day as it is: nothing to move.
        if (state.Settings.Schedule is not FixedDays { Days: var days } || days.Includes(date) || state.Habit.WasPausedOn(date))
        {
            return date;
        }
        for (var back = 1; back <= ReachDays; back++)
        {
            var day = date.PlusDays(-back);
            if (days.Includes(day) && context.WasPlanned(day) && !context.Logs.For(day).IsComplete && !state.Habit.WasPausedOn(day))
            {
                return day;
            }
        }
        return date;
    }
}
