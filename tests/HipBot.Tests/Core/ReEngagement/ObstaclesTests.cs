using HipBot.Core.Messages;
using HipBot.Core.ReEngagement;

namespace HipBot.Tests.Core.ReEngagement;

public class ObstaclesTests
{
    private static readonly ProgressSnapshot Progress = new(TotalSessions: 12, BestStreak: 5, TotalReps: 1840);

    private static List<string> Data(Reply reply) => (reply.Buttons ?? []).SelectMany(row => row).Select(b => b.Data).ToList();

    [Fact]
    public void No_time_gets_the_mini_session_offered_right_now()
    {
        var reply = Obstacles.Answer(Obstacle.NoTime, Progress);
        Assert.Equal(["mini:start"], Data(reply));
        Assert.Contains("one set per side", reply.Text, StringComparison.Ordinal);
        Assert.Contains("partial", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sore_or_hurt_gets_a_pause_or_a_lower_level_and_a_warning_about_sharp_pain()
    {
        var reply = Obstacles.Answer(Obstacle.SoreOrHurt, Progress);
        Assert.Equal(["pause:7", "lower:yes"], Data(reply));
        Assert.Contains("sharp", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("don't train through it", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Forgot_gets_an_offer_to_move_the_reminder() =>
        Assert.Equal(["remind:change"], Data(Obstacles.Answer(Obstacle.Forgot, Progress)));

    [Fact]
    public void Low_motivation_gets_their_own_progress_and_why_hips_matter()
    {
        var reply = Obstacles.Answer(Obstacle.NotMotivated, Progress);
        Assert.Contains("12 sessions", reply.Text, StringComparison.Ordinal);
        Assert.Contains("best streak of 5", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1,840 reps", reply.Text, StringComparison.Ordinal);
        Assert.Contains("stride", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Low_motivation_before_any_session_does_not_show_a_row_of_zeros()
    {
        var reply = Obstacles.Answer(Obstacle.NotMotivated, new ProgressSnapshot(0, 0, 0));
        Assert.DoesNotContain("0 sessions", reply.Text, StringComparison.Ordinal);
        Assert.Contains("stride", reply.Text, StringComparison.Ordinal);
    }
}
