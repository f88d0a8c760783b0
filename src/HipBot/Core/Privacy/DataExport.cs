using System.Globalization;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Reports;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using NodaTime.Text;

namespace HipBot.Core.Privacy;

/// <summary>
/// The user's record as two CSV files (<see cref="Csv"/>): every check-in, and how every closed training day ended.
/// Dates are ISO ("2026-11-25") and times UTC ("2026-11-25 06:31:12"), the forms spreadsheets read as dates without
/// being told; every word is plain ASCII, so the UTF-8 needs no byte-order mark to open right.
/// </summary>
public static class DataExport
{
    public static readonly IReadOnlyList<string> CheckInColumns = ["date", "exercise", "sets", "reps_per_side", "side", "logged_at_utc", "how"];

    public static readonly IReadOnlyList<string> OutcomeColumns = ["date", "outcome"];

    private static readonly InstantPattern Utc = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss");

    /// <summary>One row per stored row, in the order they were logged; a rest-day mark has no counts or side.</summary>
    public static TextFile CheckIns(IEnumerable<StoredCheckIn> record, LocalDate today)
    {
        var rows = record.Select(c => (IReadOnlyList<string>)
        [
            IsoDate.Format(c.Date),
            c.Exercise is { } exercise ? ExerciseName(exercise) : "rest day",
            c.Skipped ? "" : Number(c.Sets),
            c.Skipped ? "" : Number(c.RepsPerSide),
            c.Skipped ? "" : SideName(c.Side),
            Utc.Format(c.LoggedAt),
            SourceName(c.Source),
        ]);
        return new TextFile($"hipbot-check-ins-{IsoDate.Format(today)}.csv", Csv.Write(CheckInColumns, rows));
    }

    /// <summary>One row per closed training day, oldest first; rest days have no outcome and no row.</summary>
    public static TextFile Outcomes(IReadOnlyDictionary<LocalDate, DayOutcome> outcomes, LocalDate today)
    {
        var rows = outcomes.OrderBy(o => o.Key).Select(o => (IReadOnlyList<string>)[IsoDate.Format(o.Key), OutcomeMarks.Word(o.Value)]);
        return new TextFile($"hipbot-day-outcomes-{IsoDate.Format(today)}.csv", Csv.Write(OutcomeColumns, rows));
    }

    private static string ExerciseName(Exercise exercise) => ExerciseLabels.Plural(exercise).ToLowerInvariant();

    private static string SideName(Side side) => side switch
    {
        Side.Left => "left",
        Side.Right => "right",
        _ => "both",
    };

    private static string SourceName(CheckInSource source) => source switch
    {
        CheckInSource.Button => "button",
        CheckInSource.Backfill => "backfill",
        _ => "text",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
