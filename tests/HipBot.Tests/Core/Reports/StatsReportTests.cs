using HipBot.Core.Reports;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Reports;

public class StatsReportTests
{
    private static readonly LocalDate Wednesday = new(2025, 11, 26);

    private static readonly Dictionary<Exercise, int> Reps = new()
    {
        [Exercise.Clamshell] = 1840,
        [Exercise.SideLegRaise] = 1600,
        [Exercise.TravelingSideSquat] = 420,
    };

    /// <summary>Five weeks of a Mon/Wed/Fri runner, with one of everything.</summary>
    private static Dictionary<LocalDate, DayOutcome> KnownHistory() => new()
    {
        [new(2025, 10, 27)] = DayOutcome.Done,
        [new(2025, 10, 29)] = DayOutcome.Done,
        [new(2025, 10, 31)] = DayOutcome.Partial,
        [new(2025, 11, 3)] = DayOutcome.Done,
        [new(2025, 11, 5)] = DayOutcome.Missed,
        [new(2025, 11, 7)] = DayOutcome.Skipped,
        [new(2025, 11, 10)] = DayOutcome.Paused,
        [new(2025, 11, 12)] = DayOutcome.Paused,
        [new(2025, 11, 14)] = DayOutcome.Done,
        [new(2025, 11, 17)] = DayOutcome.Done,
        [new(2025, 11, 19)] = DayOutcome.Missed,
        [new(2025, 11, 21)] = DayOutcome.Done,
        [new(2025, 11, 24)] = DayOutcome.Done,
    };

    private static StatsInput Input(Dictionary<LocalDate, DayOutcome>? outcomes = null) =>
        new(Wednesday, new StreakState(2, 6), outcomes ?? KnownHistory(), LoggedWork.Nothing, Reps, Level: 2, NextLevelProgress: "4 of 6 full sessions");

    [Fact]
    public void The_report_for_a_known_history_reads_exactly_like_this()
    {
        const string expected = """
            📊 Your hip stats

            🔥 Streak: 2 sessions (best 6)
            Last 7 days: 2 of 3 sessions (67%)
            Last 30 days: 8 of 10 sessions (80%)

            Reps so far (per side)
            • Clamshells: 1,840
            • Side leg raises: 1,600
            • Traveling side squats: 420

            Level 2, next level: 4 of 6 full sessions

            Last five weeks (each row Mon → Sun)
            ✅ ▫️ ✅ ▫️ 🟡 ▫️ ▫️  27 Oct
            ✅ ▫️ ❌ ▫️ ⏸️ ▫️ ▫️  3 Nov
            ⏸️ ▫️ ⏸️ ▫️ ✅ ▫️ ▫️  10 Nov
            ✅ ▫️ ❌ ▫️ ✅ ▫️ ▫️  17 Nov
            ✅ ▫️ 🔵  24 Nov

            ✅ done · 🟡 partial · ⏸️ skipped or paused · ❌ missed · ▫️ rest · 🔵 today
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), StatsReport.Render(Input()));
    }

    [Fact]
    public void Adherence_is_a_dash_when_no_training_day_has_closed_yet()
    {
        var text = StatsReport.Render(Input([]));
        Assert.Contains("Last 7 days: —\n", text, StringComparison.Ordinal);
        Assert.Contains("Last 30 days: —\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_days_are_left_out_of_adherence_entirely()
    {
        var text = StatsReport.Render(Input(new() { [Wednesday.PlusDays(-2)] = DayOutcome.Paused, [Wednesday.PlusDays(-4)] = DayOutcome.Paused }));
        Assert.Contains("Last 7 days: —\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_day_is_left_out_of_adherence_as_it_is_out_of_the_streak()
    {
        var text = StatsReport.Render(Input(new() { [Wednesday.PlusDays(-2)] = DayOutcome.Skipped, [Wednesday.PlusDays(-4)] = DayOutcome.Done }));
        Assert.Contains("Last 7 days: 1 of 1 sessions (100%)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Todays_cell_shows_work_already_logged_today()
    {
        var text = StatsReport.Render(Input() with { TodayLogged = LoggedWork.Full });
        Assert.Contains("✅ ▫️ ✅  24 Nov", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_streak_of_zero_points_at_the_next_session() =>
        Assert.Contains(
            "🔥 Streak: starts with your next session (best 6)",
            StatsReport.Render(Input() with { Streak = new StreakState(0, 6) }),
            StringComparison.Ordinal);

    [Fact]
    public void A_brand_new_user_sees_no_best_of_zero() =>
        Assert.Contains("🔥 Streak: starts with your next session\n", StatsReport.Render(Input([]) with { Streak = StreakState.Empty }), StringComparison.Ordinal);

    [Fact]
    public void The_top_level_has_no_next_level_line() =>
        Assert.Contains("Level 5, the top one.", StatsReport.Render(Input() with { Level = 5, NextLevelProgress = null }), StringComparison.Ordinal);

    [Fact]
    public void On_a_sunday_the_current_week_is_complete()
    {
        var sunday = new LocalDate(2025, 11, 30);
        var text = StatsReport.Render(Input() with { Today = sunday });
        Assert.Contains("✅ ▫️ ▫️ ▫️ ▫️ ▫️ 🔵  24 Nov\n", text, StringComparison.Ordinal);
        Assert.Contains("▫️  27 Oct", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_fits_one_telegram_message() =>
        Assert.True(StatsReport.Render(Input()).Length < 4096);
}
