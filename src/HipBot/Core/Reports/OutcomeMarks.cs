using HipBot.Core.Streaks;

namespace HipBot.Core.Reports;

/// <summary>The emoji and words for a day's story, shared by the calendar, its legend and the history list.</summary>
internal static class OutcomeMarks
{
    public const string Done = "✅";
    public const string Partial = "🟡";
    // Skipped and Paused share a mark: both freeze the streak, and the user chose both.
    public const string OnHold = "⏸️";
    public const string Missed = "❌";
    public const string Rest = "▫️";
    public const string Today = "🔵";
    public const string Open = "⏳";
    public const string BeforeStart = "➖";

    public const string Legend = "✅ done · 🟡 partial · ⏸️ skipped or paused · ❌ missed · ▫️ rest · 🔵 today";

    public static string Mark(DayStory story) => story switch
    {
        DayStory.Done or DayStory.Extra => Done,
        DayStory.Partial or DayStory.ExtraPartial => Partial,
        DayStory.Missed => Missed,
        DayStory.Skipped or DayStory.Paused => OnHold,
        DayStory.Today => Today,
        DayStory.Open => Open,
        DayStory.BeforeStart => BeforeStart,
        _ => Rest,
    };

    public static string Word(DayStory story) => story switch
    {
        DayStory.Done => "done",
        DayStory.Partial => "partial",
        DayStory.Skipped => "skipped",
        DayStory.Paused => "paused",
        DayStory.Missed => "missed",
        DayStory.Extra => "extra session",
        DayStory.ExtraPartial => "extra session, part of it",
        DayStory.Today => "today, nothing logged yet",
        DayStory.Open => "open: still time to log it",
        DayStory.BeforeStart => "before you started",
        _ => "rest day",
    };

    public static string Mark(DayOutcome outcome) => Mark(DayStories.Of(outcome));

    public static string Word(DayOutcome outcome) => Word(DayStories.Of(outcome));

    /// <summary>What a day's log would amount to, for days that have no closed outcome yet (today, a rest-day bonus).</summary>
    public static DayOutcome? Provisional(LoggedWork logged) => logged switch
    {
        LoggedWork.Full => DayOutcome.Done,
        LoggedWork.Partial => DayOutcome.Partial,
        LoggedWork.Skipped => DayOutcome.Skipped,
        _ => null,
    };
}
