using HipBot.Core.Reports;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Reports;

public class HistoryReportTests
{
    private static readonly LocalDate Wednesday = new(2025, 11, 26);

    private static Dictionary<Exercise, int> Reps(int clam, int raise, int squat) => new()
    {
        [Exercise.Clamshell] = clam,
        [Exercise.SideLegRaise] = raise,
        [Exercise.TravelingSideSquat] = squat,
    };

    [Fact]
    public void The_last_fourteen_days_read_one_line_each()
    {
        var days = new List<HistoryDay>
        {
            new(new(2025, 11, 10), DayOutcome.Done, LoggedWork.Full, Reps(40, 40, 20)), // too old to show
            new(new(2025, 11, 14), DayOutcome.Done, LoggedWork.Full, Reps(40, 40, 20)),
            new(new(2025, 11, 17), DayOutcome.Partial, LoggedWork.Partial, Reps(20, 0, 0)),
            new(new(2025, 11, 19), DayOutcome.Missed, LoggedWork.Nothing),
            new(new(2025, 11, 21), DayOutcome.Skipped, LoggedWork.Skipped),
            new(new(2025, 11, 22), null, LoggedWork.Full, Reps(40, 40, 20)),
            new(new(2025, 11, 24), DayOutcome.Paused, LoggedWork.Nothing),
        };
        const string expected = """
            🗓 Your last 14 days

            Thu 13 Nov · ▫️ rest day
            Fri 14 Nov · ✅ done · clamshells 40, leg raises 40, side squats 20
            Sat 15 Nov · ▫️ rest day
            Sun 16 Nov · ▫️ rest day
            Mon 17 Nov · 🟡 partial · clamshells 20
            Tue 18 Nov · ▫️ rest day
            Wed 19 Nov · ❌ missed
            Thu 20 Nov · ▫️ rest day
            Fri 21 Nov · ⏸️ skipped
            Sat 22 Nov · ✅ extra session · clamshells 40, leg raises 40, side squats 20
            Sun 23 Nov · ▫️ rest day
            Mon 24 Nov · ⏸️ paused
            Tue 25 Nov · ▫️ rest day
            Wed 26 Nov · 🔵 today, nothing logged yet
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), HistoryReport.Render(new HistoryInput(Wednesday, days)));
    }

    [Fact]
    public void Work_logged_today_shows_before_the_day_closes()
    {
        var text = HistoryReport.Render(new HistoryInput(Wednesday, [new HistoryDay(Wednesday, null, LoggedWork.Partial, Reps(20, 20, 0))]));
        Assert.EndsWith("Wed 26 Nov · 🟡 partial · clamshells 20, leg raises 20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_history_is_fourteen_quiet_lines() =>
        Assert.Equal(16, HistoryReport.Render(new HistoryInput(Wednesday, [])).Split('\n').Length);
}
