using HipBot.Core.Streaks;

namespace HipBot.Core.Reports;

/// <summary>The emoji and words for outcomes, shared by the calendar, its legend and the history list.</summary>
internal static class OutcomeMarks
{
    public const string Done = "✅";
    public const string Partial = "🟡";
    // Skipped and Paused share a mark: both freeze the streak, and the user chose both.
    public const string OnHold = "⏸️";
    public const string Missed = "❌";
    public const string Rest = "▫️";
    public const string Today = "🔵";

    public const string Legend = "✅ done · 🟡 partial · ⏸️ skipped or paused · ❌ missed · ▫️ rest · 🔵 today";

    public static string Mark(DayOutcome outcome) => outcome switch
    {
        DayOutcome.Done => Done,
        DayOutcome.Partial => Partial,
        DayOutcome.Missed => Missed,
        _ => OnHold,
    };

    public static string Word(DayOutcome outcome) => outcome switch
    {
        DayOutcome.Done => "done",
        DayOutcome.Partial => "partial",
        DayOutcome.Skipped => "skipped",
        DayOutcome.Paused => "paused",
        _ => "missed",
    };

    /// <summary>What a day's log would amount to, for days that have no closed outcome yet (today, a rest-day bonus).</summary>
    public static DayOutcome? Provisional(LoggedWork logged) => logged switch
    {
        LoggedWork.Full => DayOutcome.Done,
        LoggedWork.Partial => DayOutcome.Partial,
        LoggedWork.Skipped => DayOutcome.Skipped,
        _ => null,
    };
}
