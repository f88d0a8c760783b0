using HipBot.Core.CheckIns;
using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.CheckIns;

public class CheckInSummaryTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);
    private static readonly DayPlan Plan = ProgramLadder.Prescribe(ProgramLadder.PostLowEndLevel);

    private static string Reply(string text, DayLog? logged = null, LocalDate? today = null)
    {
        var parsed = CheckInParser.Parse(text);
        var date = parsed.Day.From(today ?? Today);
        var result = CheckInRecorder.Record(parsed, Plan, logged ?? DayLog.Empty(date));
        return CheckInSummary.Render(result, Plan, today ?? Today);
    }

    [Fact]
    public void A_partial_check_in_says_what_was_logged_and_what_is_left() =>
        Assert.Equal(
            "Logged: clamshells 3 × 20 per side.\nLeft today: side leg raises 2 × 20 and traveling side squats 2 × 20.",
            Reply("clams 3x20"));

    [Fact]
    public void Finishing_the_day_says_nice_work() =>
        Assert.Equal(
            "Logged: clamshells 2 × 20 per side, side leg raises 2 × 20 per side and traveling side squats 2 × 20 per side.\nThat's everything for today — nice work.",
            Reply("done"));

    [Fact]
    public void Two_counts_for_one_exercise_are_shown_together() =>
        Assert.StartsWith("Logged: clamshells 1 × 20 + 1 × 15 per side.", Reply("clams 1x20 1x15"), StringComparison.Ordinal);

    [Fact]
    public void Only_the_rest_is_listed_after_an_earlier_check_in()
    {
        var earlier = CheckInRecorder.Record(CheckInParser.Parse("2x20"), Plan, DayLog.Empty(Today)).Day;
        Assert.Equal("That's everything for today — nice work.", Reply("done", earlier));
    }

    [Fact]
    public void What_is_left_of_a_started_exercise_is_shown() =>
        Assert.EndsWith(
            "Left today: clamshells 1 × 20, side leg raises 2 × 20 and traveling side squats 2 × 20.",
            Reply("clams 1x20"),
            StringComparison.Ordinal);

    [Fact]
    public void Yesterdays_check_in_is_worded_for_yesterday()
    {
        Assert.Equal(
            "Logged for yesterday: clamshells 2 × 20 per side, side leg raises 2 × 20 per side and traveling side squats 2 × 20 per side.\nThat's all of yesterday done — nice work.",
            Reply("done yesterday"));
        Assert.EndsWith("Left from yesterday: side leg raises 2 × 20 and traveling side squats 2 × 20.", Reply("yesterday clams done"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_skip_is_acknowledged_kindly()
    {
        Assert.Equal("Rest day noted. See you next time.", Reply("skip"));
        Assert.Equal("Marked yesterday as a rest day.", Reply("skipped yesterday"));
    }

    [Fact]
    public void Saying_done_again_for_a_finished_exercise_says_it_is_already_in()
    {
        var earlier = CheckInRecorder.Record(CheckInParser.Parse("clams done"), Plan, DayLog.Empty(Today)).Day;
        Assert.StartsWith("Already in: clamshells.\nLeft today:", Reply("clams done", earlier), StringComparison.Ordinal);
    }

    [Fact]
    public void One_sided_work_asks_for_both_sides() =>
        Assert.Contains("For clamshells I only have one side", Reply("clams 2x20 left"), StringComparison.Ordinal);

    [Fact]
    public void Nothing_to_record_points_to_the_buttons() =>
        Assert.Contains("Nothing logged yet", Reply("half"), StringComparison.Ordinal);

    [Fact]
    public void Lists_read_naturally()
    {
        Assert.Equal("", CheckInSummary.Join([]));
        Assert.Equal("a", CheckInSummary.Join(["a"]));
        Assert.Equal("a and b", CheckInSummary.Join(["a", "b"]));
        Assert.Equal("a, b and c", CheckInSummary.Join(["a", "b", "c"]));
    }
}
