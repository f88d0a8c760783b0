using System.Text;
using HipBot.Core.CheckIns;
using HipBot.Core.Privacy;
using HipBot.Core.Streaks;
using HipBot.Core.Training;
using NodaTime;
using static HipBot.Tests.Support.CoreWorld;

namespace HipBot.Tests.Core.Privacy;

public class DataExportTests
{
    [Fact]
    public void Every_check_in_is_a_row_with_iso_dates_utc_times_and_how_it_came_in()
    {
        StoredCheckIn[] record =
        [
            new(Yesterday, Exercise.Clamshell, 2, 10, Side.Both, false, Instant.FromUtc(2026, 11, 24, 6, 31, 12), CheckInSource.Text),
            new(Yesterday, null, 0, 0, Side.Both, true, Instant.FromUtc(2026, 11, 24, 18, 0, 0), CheckInSource.Button),
            new(Today, Exercise.TravelingSideSquat, 2, 20, Side.Left, false, Instant.FromUtc(2026, 11, 25, 7, 5, 0), CheckInSource.Text),
            new(Today.PlusDays(-3), Exercise.SideLegRaise, 1, 15, Side.Both, false, Instant.FromUtc(2026, 11, 25, 7, 6, 0), CheckInSource.Backfill),
        ];

        var file = DataExport.CheckIns(record, Today);

        Assert.Equal("hipbot-check-ins-2026-11-25.csv", file.Name);
        Assert.Equal(
            "date,exercise,sets,reps_per_side,side,logged_at_utc,how\r\n" +
            "2026-11-24,clamshells,2,10,both,2026-11-24 06:31:12,text\r\n" +
            "2026-11-24,rest day,,,,2026-11-24 18:00:00,button\r\n" +
            "2026-11-25,traveling side squats,2,20,left,2026-11-25 07:05:00,text\r\n" +
            "2026-11-22,side leg raises,1,15,both,2026-11-25 07:06:00,backfill\r\n",
            file.Content);
    }

    [Fact]
    public void Day_outcomes_are_listed_oldest_first_in_plain_words()
    {
        var file = DataExport.Outcomes(Outcomes((Today.PlusDays(-1), DayOutcome.Done), (Today.PlusDays(-3), DayOutcome.Missed), (Today.PlusDays(-2), DayOutcome.Paused)), Today);

        Assert.Equal("hipbot-day-outcomes-2026-11-25.csv", file.Name);
        Assert.Equal("date,outcome\r\n2026-11-22,missed\r\n2026-11-23,paused\r\n2026-11-24,done\r\n", file.Content);
    }

    [Fact]
    public void The_files_are_plain_ascii_so_any_spreadsheet_opens_them_without_a_byte_order_mark()
    {
        var checkIns = DataExport.CheckIns(
            Enum.GetValues<Exercise>().Select(e => new StoredCheckIn(Today, e, 3, 20, Side.Right, false, Instant.FromUtc(2026, 11, 25, 7, 0), CheckInSource.Button)),
            Today);
        var outcomes = DataExport.Outcomes(Enum.GetValues<DayOutcome>().Select((o, i) => (Today.PlusDays(-i), o)).ToDictionary(p => p.Item1, p => p.o), Today);

        Assert.All([checkIns.Content, outcomes.Content], text => Assert.Equal(text.Length, Encoding.UTF8.GetByteCount(text)));
    }
}
