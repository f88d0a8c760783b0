using NodaTime;

namespace HipBot.Core.Streaks;

/// <summary>Turns a finished local day into its outcome, and says when a day counts as finished.</summary>
public static class DayCloser
{
    /// <summary>
    /// A day stays open until noon of the next local day. Runners who train late often report the next
    /// morning ("done yesterday"); noon leaves the whole morning for that, while an afternoon or evening
    /// reminder the next day already sees yesterday settled.
    /// </summary>
    public static readonly LocalTime GraceTime = new(12, 0);

    public static LocalDateTime ClosesAt(LocalDate day) => day.PlusDays(1).At(GraceTime);

    public static bool IsClosed(LocalDate day, LocalDateTime now) => now >= ClosesAt(day);

    /// <returns>The outcome, or null for a rest day: rest days never help or hurt anything.</returns>
    /// <param name="wasPaused">True if the user was paused at any moment of that day, including a pause that began mid-day.</param>
    public static DayOutcome? Close(bool isTrainingDay, LoggedWork logged, bool wasPaused)
    {
        if (!isTrainingDay)
        {
            return null;
        }
        return logged switch
        {
            LoggedWork.Full => DayOutcome.Done,
            LoggedWork.Partial => DayOutcome.Partial,
            LoggedWork.Skipped => DayOutcome.Skipped,
            // Only an empty day becomes Paused: a user who trained in the morning and paused at night keeps that session.
            _ => wasPaused ? DayOutcome.Paused : DayOutcome.Missed,
        };
    }

    /// <summary>
    /// A log that arrives after the day closed is a correction of that day. It can only improve the
    /// outcome: work turns anything into Done/Partial (never lowering a Done), and an explicit skip
    /// turns a Missed into Skipped, because the user did tell us after all.
    /// </summary>
    public static DayOutcome Backfill(DayOutcome existing, LoggedWork newLog) => newLog switch
    {
        LoggedWork.Full => DayOutcome.Done,
        LoggedWork.Partial => existing == DayOutcome.Done ? DayOutcome.Done : DayOutcome.Partial,
        LoggedWork.Skipped => existing == DayOutcome.Missed ? DayOutcome.Skipped : existing,
        _ => existing,
    };
}
