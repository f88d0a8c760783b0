using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Training;

public class ProgressionPolicyTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    /// <summary>Sessions, oldest first, one every other day up to today: F full, p partial or missed.</summary>
    private static IEnumerable<PlannedSession> Sessions(string marks) =>
        marks.Select((mark, i) => new PlannedSession(Today.PlusDays(-2 * (marks.Length - 1 - i)), mark == 'F'));

    [Theory]
    [InlineData("FFFFFF", true)]
    [InlineData("FFFFF", false)]
    [InlineData("FFFFFFp", true)]
    [InlineData("pFFFFFF", true)]
    [InlineData("FFFpFFF", true)]
    [InlineData("FFFFFpp", false)]
    [InlineData("FFFFFFpp", false)]
    [InlineData("ppppppppFFFFFF", true)]
    [InlineData("FFFFFFFFFFFFpp", false)]
    public void Six_full_of_the_last_seven_planned_sessions_earn_an_offer_however_far_apart_they_are(string marks, bool offered) =>
        Assert.Equal(offered, ProgressionPolicy.ShouldOfferLevelUp(2, Sessions(marks), Today, null));

    [Fact]
    public void A_two_day_week_reaches_the_offer_in_under_four_weeks()
    {
        // Tuesdays and Thursdays, all full, from three and a half weeks ago.
        var sessions = new[] { 0, 5, 7, 12, 14, 19 }.Select(back => new PlannedSession(Today.PlusDays(-back), true));
        Assert.True(ProgressionPolicy.ShouldOfferLevelUp(2, sessions, Today, null));
    }

    [Theory]
    [InlineData(2, null, true)]
    [InlineData(2, -7, true)]
    [InlineData(2, -6, false)]
    public void Whether_an_offer_may_come_at_all_needs_no_sessions(int level, int? offeredDaysAgo, bool may) =>
        Assert.Equal(may, ProgressionPolicy.MayOffer(level, Today, offeredDaysAgo is { } back ? Today.PlusDays(back) : null));

    [Fact]
    public void No_offer_may_come_at_the_top_whatever_the_sessions() =>
        Assert.False(ProgressionPolicy.MayOffer(ProgramLadder.MaxLevel, Today, lastOfferDate: null));

    [Fact]
    public void Future_and_repeated_sessions_do_not_count() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, [.. Sessions("FFFFF"), new(Today, true), new(Today.PlusDays(1), true)], Today, null));

    [Fact]
    public void The_top_level_gets_no_offer() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(ProgramLadder.MaxLevel, Sessions("FFFFFFF"), Today, null));

    [Theory]
    [InlineData(-6, false)]
    [InlineData(-7, true)]
    [InlineData(0, false)]
    public void An_offer_comes_at_most_once_a_week(int offeredDaysAgo, bool offered) =>
        Assert.Equal(offered, ProgressionPolicy.ShouldOfferLevelUp(2, Sessions("FFFFFFF"), Today, Today.PlusDays(offeredDaysAgo)));

    [Theory]
    [InlineData(4, null, 4)]
    [InlineData(4, 0, 4)]
    [InlineData(4, 13, 4)]
    [InlineData(4, 14, 3)]
    [InlineData(4, 27, 3)]
    [InlineData(4, 28, 2)]
    [InlineData(4, 365, 2)]
    [InlineData(2, 28, 1)]
    [InlineData(1, 14, 1)]
    [InlineData(1, 100, 1)]
    public void A_long_break_suggests_an_easier_restart(int level, int? daysSinceLastCheckIn, int expected)
    {
        LocalDate? last = daysSinceLastCheckIn is { } days ? Today.PlusDays(-days) : null;
        Assert.Equal(expected, ProgressionPolicy.SuggestedRestartLevel(level, last, Today));
    }

    [Fact]
    public void The_thresholds_are_in_a_sensible_order()
    {
        Assert.True(ProgressionPolicy.FullSessionsToLevelUp <= ProgressionPolicy.PlannedSessionsJudged);
        Assert.True(ProgressionPolicy.OneLevelDownAfterDays < ProgressionPolicy.TwoLevelsDownAfterDays);
    }
}
