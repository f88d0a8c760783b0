using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Reports;

/// <param name="Outcome">The closed outcome; null for a rest day or a day still open.</param>
/// <param name="Reps">Reps logged that day per exercise, if any.</param>
/// <param name="Story">The day's story, when the caller knows more than the outcome (extra sessions, open days, the sign-up day).</param>
public sealed record HistoryDay(
    LocalDate Date,
    DayOutcome? Outcome,
    LoggedWork Logged,
    IReadOnlyDictionary<Exercise, int>? Reps = null,
    DayStory? Story = null);
