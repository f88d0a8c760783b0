using HipBot.Core.Training;


namespace HipBot.Tests.Core.Training;

public class ProgramLadderTests
{
    [Fact]
    public void The_ladder_has_at_least_six_levels_numbered_from_one() =>
        Assert.Equal(Enumerable.Range(1, ProgramLadder.MaxLevel), ProgramLadder.Levels.Select(l => l.Number));

    [Fact]
    public void There_are_at_least_six_levels() =>
        Assert.True(ProgramLadder.MaxLevel >= 6);

    [Fact]
    public void The_first_level_is_an_easy_two_sets_of_ten()
    {
        var first = ProgramLadder.Get(1);
        Assert.Equal((2, 10, false), (first.Sets, first.RepsPerSide, first.WithBand));
    }

    [Fact]
    public void The_full_routine_level_is_the_posts_three_sets_of_twenty()
    {
        var full = ProgramLadder.Get(ProgramLadder.FullRoutineLevel);
        Assert.Equal((3, 20, false), (full.Sets, full.RepsPerSide, full.WithBand));
        Assert.True(ProgramLadder.FullRoutineLevel < ProgramLadder.MaxLevel, "The ladder goes beyond the full routine.");
    }

    [Fact]
    public void Every_level_is_harder_than_the_one_before_in_exactly_one_way()
    {
        foreach (var (easier, harder) in ProgramLadder.Levels.Zip(ProgramLadder.Levels.Skip(1)))
        {
            Assert.True(harder.Sets >= easier.Sets, $"Sets drop at level {harder.Number}.");
            Assert.True(harder.RepsPerSide >= easier.RepsPerSide, $"Reps drop at level {harder.Number}.");
            Assert.True(harder.TotalRepsPerSide >= easier.TotalRepsPerSide, $"Volume drops at level {harder.Number}.");
            Assert.True(!easier.WithBand || harder.WithBand, $"The band goes away at level {harder.Number}.");
            Assert.True(harder.Squats >= easier.Squats, $"The squat gets easier at level {harder.Number}.");
            var changes = new[]
            {
                harder.Sets != easier.Sets,
                harder.RepsPerSide != easier.RepsPerSide,
                harder.WithBand != easier.WithBand,
                harder.Squats != easier.Squats,
            }.Count(changed => changed);
            Assert.Equal(1, changes);
        }
    }

    [Fact]
    public void Reps_rise_before_sets_then_the_band_then_the_harder_squat()
    {
        var levels = ProgramLadder.Levels;
        int FirstWhere(Func<Level, bool> test) => levels.First(test).Number;
        var lastRepsChange = levels.Zip(levels.Skip(1)).Last(p => p.First.RepsPerSide != p.Second.RepsPerSide).Second.Number;
        var thirdSet = FirstWhere(l => l.Sets == 3);
        var band = FirstWhere(l => l.WithBand);
        var harderSquat = FirstWhere(l => l.Squats == SquatVariation.ForwardBackward);
        Assert.True(lastRepsChange < thirdSet);
        Assert.True(thirdSet < band);
        Assert.True(band < harderSquat);
    }

    [Fact]
    public void A_band_owner_starts_higher_than_someone_without_one()
    {
        Assert.Equal(1, ProgramLadder.StartLevel(hasBand: false));
        Assert.True(ProgramLadder.StartLevel(hasBand: true) > ProgramLadder.StartLevel(hasBand: false));
    }

    [Fact]
    public void No_one_starts_on_a_level_that_needs_a_band()
    {
        Assert.False(ProgramLadder.Get(ProgramLadder.StartLevel(hasBand: true)).WithBand);
        Assert.False(ProgramLadder.Get(ProgramLadder.StartLevel(hasBand: false)).WithBand);
    }

    [Theory]
    [InlineData(-5, 1)]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(4, 4)]
    [InlineData(6, 6)]
    [InlineData(7, 6)]
    [InlineData(int.MaxValue, 6)]
    public void Levels_outside_the_ladder_are_clamped(int asked, int expected)
    {
        Assert.Equal(expected, ProgramLadder.Clamp(asked));
        Assert.Equal(expected, ProgramLadder.Prescribe(asked).Level);
    }

    [Fact]
    public void A_plan_prescribes_the_same_numbers_for_all_three_exercises()
    {
        var plan = ProgramLadder.Prescribe(2);
        Assert.Equal([Exercise.Clamshell, Exercise.SideLegRaise, Exercise.TravelingSideSquat], plan.Items.Select(p => p.Exercise));
        Assert.All(plan.Items, p => Assert.Equal((2, 15, false), (p.Sets, p.RepsPerSide, p.WithBand)));
    }

    [Fact]
    public void The_band_level_puts_the_band_on_every_exercise() =>
        Assert.All(ProgramLadder.Prescribe(5).Items, p => Assert.True(p.WithBand));

    [Fact]
    public void Only_the_squats_change_variation_at_the_top()
    {
        var plan = ProgramLadder.Prescribe(ProgramLadder.MaxLevel);
        Assert.Equal(SquatVariation.ForwardBackward, plan.TravelingSideSquats.SquatVariation);
        Assert.Equal(SquatVariation.SideToSide, plan.Clamshells.SquatVariation);
        Assert.Equal(SquatVariation.SideToSide, plan.SideLegRaises.SquatVariation);
    }

    [Fact]
    public void Plans_for_the_same_level_are_equal() =>
        Assert.Equal(ProgramLadder.Prescribe(3), ProgramLadder.Prescribe(3));

    [Fact]
    public void A_level_describes_itself_in_plain_words()
    {
        Assert.Equal("2 × 10 per side", ProgramLadder.Get(1).Describe());
        Assert.Equal("3 × 20 per side, with band, forward and back squats", ProgramLadder.Get(6).Describe());
    }
}
