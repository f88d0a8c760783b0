using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Core.Reports;

/// <param name="Outcome">The closed outcome; null for a rest day or a day still open.</param>
/// <param name="Reps">Reps logged that day per exercise, if any.</param>
public sealed record HistoryDay(
    LocalDate Date,
    DayOutcome? Outcome,
    LoggedWork Logged,
    IReadOnlyDictionary<Exercise, int>? Reps = null);
