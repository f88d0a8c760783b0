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
        var reply = Obstacles.Answer("time", Progress);
        Assert.Equal(["mini:start"], Data(reply));
        Assert.Contains("one set per side", reply.Text, StringComparison.Ordinal);
        Assert.Contains("partial", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sore_or_hurt_gets_a_pause_or_a_lower_level_and_a_warning_about_sharp_pain()
    {
        var reply = Obstacles.Answer("sore", Progress);
        Assert.Equal(["pause:7", "lower:yes"], Data(reply));
        Assert.Contains("sharp", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("don't train through it", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Forgot_gets_an_offer_to_move_the_reminder() =>
        Assert.Equal(["remind:change"], Data(Obstacles.Answer("forgot", Progress)));

    [Fact]
    public void Low_motivation_gets_their_own_progress_and_why_hips_matter()
    {
        var reply = Obstacles.Answer("motivation", Progress);
        Assert.Contains("12 sessions", reply.Text, StringComparison.Ordinal);
        Assert.Contains("best streak of 5", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1,840 reps", reply.Text, StringComparison.Ordinal);
        Assert.Contains("stride", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Low_motivation_before_any_session_does_not_show_a_row_of_zeros()
    {
        var reply = Obstacles.Answer("motivation", new ProgressSnapshot(0, 0, 0));
        Assert.DoesNotContain("0 sessions", reply.Text, StringComparison.Ordinal);
        Assert.Contains("stride", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("why:time")]
    [InlineData("TIME")]
    [InlineData(" Why:Time ")]
    public void The_full_callback_data_and_any_casing_are_understood(string why) =>
        Assert.Equal(Obstacles.Answer("time", Progress), Obstacles.Answer(why, Progress), ReplyComparer.Instance);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("why:weather")]
    public void An_unknown_reason_still_gets_a_kind_way_back(string? why) =>
        Assert.Equal(["mini:start"], Data(Obstacles.Answer(why, Progress)));

    /// <summary>Reply holds lists, whose record equality is by reference; compare what the user would see.</summary>
    private sealed class ReplyComparer : IEqualityComparer<Reply>
    {
        public static readonly ReplyComparer Instance = new();

        public bool Equals(Reply? x, Reply? y) =>
            x?.Text == y?.Text && (x is null || y is null || Data(x).SequenceEqual(Data(y)));

        public int GetHashCode(Reply obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
