using HipBot.Core.Buttons;
using HipBot.Core.Chats;
using HipBot.Core.CheckIns;
using HipBot.Core.Messages;
using HipBot.Core.Setup;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Support;

/// <summary>
/// One runner, Ana, in Berlin with a 07:00 reminder, and the small vocabulary the core tests share:
/// her state, her logbook, what she types or taps, and what she sees. No clock, no storage.
/// Wednesday 25 November 2026 is "today"; Berlin is UTC+1 then.
/// </summary>
internal static class CoreWorld
{
    public const long Chat = 42;
    public const string Zone = "Europe/Berlin";

    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb[Zone];
    public static readonly LocalDate Today = new(2026, 11, 25);
    public static readonly LocalDate Yesterday = Today.PlusDays(-1);
    public static readonly LocalTime Seven = new(7, 0);

    private static int callbacks;

    /// <summary>An instant on Ana's wall clock.</summary>
    public static Instant At(LocalDate date, int hour, int minute = 0) =>
        (date + new LocalTime(hour, minute)).InZoneStrictly(Berlin).ToInstant();

    public static Instant TodayAt(int hour, int minute = 0) => At(Today, hour, minute);

    public static Settings BerlinSettings(TrainingDays days = TrainingDays.EveryDay, bool hasBand = false) =>
        new(Zone, Seven, days, hasBand);

    /// <summary>An active runner whose days are settled through <paramref name="lastClosed"/> (yesterday unless told), who got today's plan and wrote at 06:00.</summary>
    public static ChatState Runner(
        LocalDate? lastClosed = null,
        TrainingDays days = TrainingDays.EveryDay,
        int level = 1,
        Instant? lastWrote = null) =>
        ChatState.New(Chat, "Ana") with
        {
            Status = ChatStatus.Active,
            Settings = BerlinSettings(days),
            Level = level,
            Habit = HabitRecord.New with
            {
                LastClosedDate = lastClosed ?? Yesterday,
                LastUserInputAt = lastWrote ?? TodayAt(6),
            },
            NextPlanAt = At(Today.PlusDays(1), 7),
            LastPlanDate = Today,
        };

    /// <summary>Ana's context: her logs, and a plan every day of the last two months (she has been getting them all along).</summary>
    public static ChatContext Context(Instant now, params DayLog[] logs) =>
        new(now, new Logbook(logs.ToDictionary(l => l.Date)))
        {
            PlannedDates = Enumerable.Range(0, 60).Select(back => Today.PlusDays(1 - back)).ToHashSet(),
        };

    public static IReadOnlyDictionary<LocalDate, DayOutcome> Outcomes(params (LocalDate Date, DayOutcome Outcome)[] days) =>
        days.ToDictionary(d => d.Date, d => d.Outcome);

    // ── Logs ────────────────────────────────────────────────────────────────────────────────

    public static DayLog Full(LocalDate date, int level = 1) =>
        CheckInRecorder.Record(new ParsedCheckIn.AllDone(), ProgramLadder.Prescribe(level), DayLog.Empty(date)).Day;

    /// <summary>One set of clamshells: something, not everything.</summary>
    public static DayLog Partial(LocalDate date, int level = 1) =>
        CheckInRecorder.Record(
            new ParsedCheckIn.Logged([CheckInEntry.Counted(Exercise.Clamshell, 1, 10)]),
            ProgramLadder.Prescribe(level),
            DayLog.Empty(date)).Day;

    public static DayLog RestMarked(LocalDate date) => DayLog.Empty(date) with { Skipped = true };

    /// <summary>Full days on each of the last <paramref name="count"/> days, today included.</summary>
    public static DayLog[] FullDaysUpTo(LocalDate last, int count, int level = 1) =>
        [.. Enumerable.Range(0, count).Select(back => Full(last.PlusDays(-back), level))];

    // ── Inputs ──────────────────────────────────────────────────────────────────────────────

    public static Input Text(string text) => new TextInput(text);

    public static Input Command(string name, string arguments = "") => new CommandInput(name, arguments);

    public static ButtonInput Press(string data) =>
        new(data, MessageId: 7, CallbackQueryId: $"cb{Interlocked.Increment(ref callbacks)}");

    public static string PlanButton(PlanAction action, LocalDate date) => CallbackData.Encode(new PlanPress(action, date));

    // ── What Ana sees ───────────────────────────────────────────────────────────────────────

    public static IReadOnlyList<string> Texts(IEnumerable<Outgoing> sent) =>
        [.. sent.OfType<SendMessage>().Select(m => m.Reply.Text)];

    public static string LastText(IEnumerable<Outgoing> sent) => Texts(sent)[^1];

    public static string? Toast(IEnumerable<Outgoing> sent) => Assert.Single(sent.OfType<AnswerButton>()).Toast;

    public static IEnumerable<string> ButtonData(Reply reply) =>
        reply.Buttons?.SelectMany(row => row).Select(b => b.Data) ?? [];

    public static IEnumerable<string> ButtonData(IEnumerable<Outgoing> sent) =>
        sent.OfType<SendMessage>().SelectMany(m => ButtonData(m.Reply));
}
