using HipBot.Core.Training;
using NodaTime;

namespace HipBot.Tests.Core.Training;

public class ProgressionPolicyTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    private static IEnumerable<LocalDate> DaysAgo(params int[] days) => days.Select(d => Today.PlusDays(-d));

    [Fact]
    public void Six_full_sessions_in_two_weeks_earn_an_offer() =>
        Assert.True(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(0, 2, 4, 7, 9, 11), Today, null));

    [Fact]
    public void Five_full_sessions_are_not_enough() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(0, 2, 4, 7, 9), Today, null));

    [Fact]
    public void A_session_thirteen_days_ago_is_inside_the_window() =>
        Assert.True(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(1, 2, 4, 7, 9, 13), Today, null));

    [Fact]
    public void A_session_fourteen_days_ago_has_dropped_out_of_the_window() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(1, 2, 4, 7, 9, 14), Today, null));

    [Fact]
    public void Two_check_ins_on_one_day_count_as_one_session() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(0, 0, 2, 4, 7, 9), Today, null));

    [Fact]
    public void Sessions_dated_in_the_future_do_not_count() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, [.. DaysAgo(0, 2, 4, 7, 9), Today.PlusDays(1)], Today, null));

    [Fact]
    public void Nobody_is_offered_a_level_above_the_top() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(ProgramLadder.MaxLevel, DaysAgo(0, 1, 2, 3, 4, 5, 6, 7), Today, null));

    [Fact]
    public void After_an_offer_there_is_no_new_one_for_six_days() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(0, 1, 2, 3, 4, 5, 6, 7), Today, Today.PlusDays(-6)));

    [Fact]
    public void A_week_after_a_declined_offer_it_comes_again() =>
        Assert.True(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(0, 1, 2, 3, 4, 5, 6, 7), Today, Today.PlusDays(-7)));

    [Fact]
    public void An_offer_made_today_is_not_repeated_today() =>
        Assert.False(ProgressionPolicy.ShouldOfferLevelUp(2, DaysAgo(0, 1, 2, 3, 4, 5, 6, 7), Today, Today));

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
        Assert.True(ProgressionPolicy.FullSessionsToLevelUp <= ProgressionPolicy.LevelUpWindowDays);
        Assert.True(ProgressionPolicy.DaysBetweenOffers < ProgressionPolicy.LevelUpWindowDays);
        Assert.True(ProgressionPolicy.OneLevelDownAfterDays < ProgressionPolicy.TwoLevelsDownAfterDays);
    }
}
